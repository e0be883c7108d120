// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/close-out.text.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\nNo reply after two follow-ups: time to move on. The application is closed and I will not send any more nudges for it.\n\nIf you would like to leave the door open, here is an optional keep-in-touch note. Sending it is entirely up to you.\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-text"),depth0,{"name":"draft-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/close-out.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n<p>No reply after two follow-ups: time to move on. The application is closed and I will not send any more nudges for it.</p>\n<p>If you would like to leave the door open, here is an optional keep-in-touch note. Sending it is entirely up to you.</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-html"),depth0,{"name":"draft-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
