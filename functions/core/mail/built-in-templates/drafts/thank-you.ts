// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/thank-you.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " interview";
},"1":function(container,depth0,helpers,partials,data) {
    return " for our conversation";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":76},"end":{"line":5,"column":92}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":87}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for taking the time to speak with me"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":46},"end":{"line":5,"column":101}}})) != null ? stack1 : "")
    + " about "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":110},"end":{"line":5,"column":118}} ), depth0)) != null ? stack1 : "")
    + ". I especially enjoyed "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":145},"end":{"line":5,"column":154}} ), depth0)) != null ? stack1 : "")
    + ".\n\nOur conversation gave me a clearer picture of what this role needs, and it made me want to join "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":98},"end":{"line":7,"column":111}} ), depth0)) != null ? stack1 : "")
    + " even more.\n\nPlease let me know if I can share anything else that would help. I look forward to hearing about next steps.\n\nBest regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
