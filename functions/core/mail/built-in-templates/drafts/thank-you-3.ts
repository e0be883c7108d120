// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/thank-you-3.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":46},"end":{"line":1,"column":50}} ), depth0)) != null ? stack1 : "")
    + " interview";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":53},"end":{"line":5,"column":69}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thanks for your time"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":69}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for your time"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":23},"end":{"line":5,"column":78}}})) != null ? stack1 : "")
    + " and for your part in my interview for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":119},"end":{"line":5,"column":127}} ), depth0)) != null ? stack1 : "")
    + ". I found "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":141},"end":{"line":5,"column":150}} ), depth0)) != null ? stack1 : "")
    + " especially rewarding.\n\nIt gave me a better sense of the problems "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":44},"end":{"line":7,"column":57}} ), depth0)) != null ? stack1 : "")
    + " is working on, and I'd be glad to help tackle them.\n\nPlease let me know if any other details would be useful. I look forward to the next steps.\n\nKind regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
