// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/unreadable.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "this line";
},"1":function(container,depth0,helpers,partials,data) {
    return "these lines";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  "
    + ((stack1 = container.lambda(container.strict(depth0, "example", {"start":{"line":5,"column":4},"end":{"line":5,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "I could not find "
    + ((stack1 = container.lambda(container.strict(depth0, "missingPhrase", {"start":{"line":1,"column":19},"end":{"line":1,"column":32}} ), depth0)) != null ? stack1 : "")
    + " in the message you forwarded, so nothing is scheduled yet.\n\nTo fix it, reply to this mail with "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"answerOne"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + ", filled in:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "\nOr forward the original confirmation again, with its calendar invitation (.ics) attached if it had one.\n\nWhat I looked for and did not find:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/unreadable.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">I could not find "
    + alias3(alias2(alias1(depth0, "missingPhrase", {"start":{"line":2,"column":63},"end":{"line":2,"column":76}} ), depth0))
    + "</h1>\n<p>I could not find "
    + alias3(alias2(alias1(depth0, "missingPhrase", {"start":{"line":3,"column":22},"end":{"line":3,"column":35}} ), depth0))
    + " in the message you forwarded, so nothing is scheduled yet.</p>\n<p style=\"margin:8px 0 4px;\">To fix it, reply to this mail with "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"answerOne"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":4,"column":64},"end":{"line":4,"column":116}}})) != null ? stack1 : "")
    + ", filled in:</p>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":161},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "</pre>\n<p>Or forward the original confirmation again, with its calendar invitation (.ics) attached if it had one.</p>\n<p style=\"margin:8px 0 4px;color:#57606a;\">What I looked for and did not find:</p>\n<ul style=\"margin:0;padding-left:20px;color:#57606a;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "this line";
},"2":function(container,depth0,helpers,partials,data) {
    return "these lines";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(container.strict(depth0, "example", {"start":{"line":5,"column":180},"end":{"line":5,"column":187}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":189},"end":{"line":6,"column":11}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
