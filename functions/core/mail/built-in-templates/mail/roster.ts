// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/roster.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "address", {"start":{"line":5,"column":6},"end":{"line":5,"column":13}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "how", {"start":{"line":5,"column":19},"end":{"line":5,"column":22}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "  nobody\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return ((stack1 = alias2(alias1(depth0, "summary", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\nWho may use followup ("
    + ((stack1 = alias2(alias1(depth0, "count", {"start":{"line":3,"column":24},"end":{"line":3,"column":29}} ), depth0)) != null ? stack1 : "")
    + "):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"users"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nReply allow ADDRESS to let someone in, revoke ADDRESS to stop them, users for this list.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/roster.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 12px;\">"
    + alias3(alias2(alias1(depth0, "summary", {"start":{"line":2,"column":30},"end":{"line":2,"column":37}} ), depth0))
    + "</p>\n<h2 style=\"font-size:15px;margin:16px 0 6px;\">Who may use followup ("
    + alias3(alias2(alias1(depth0, "count", {"start":{"line":3,"column":70},"end":{"line":3,"column":75}} ), depth0))
    + ")</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"users"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n<p style=\"margin:16px 0 0;\">Reply <code>allow ADDRESS</code> to let someone in, <code>revoke ADDRESS</code> to stop them, <code>users</code> for this list.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li><code>"
    + alias3(alias2(alias1(depth0, "address", {"start":{"line":6,"column":12},"end":{"line":6,"column":19}} ), depth0))
    + "</code>: "
    + alias3(alias2(alias1(depth0, "how", {"start":{"line":6,"column":32},"end":{"line":6,"column":35}} ), depth0))
    + "</li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "<li>nobody</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
