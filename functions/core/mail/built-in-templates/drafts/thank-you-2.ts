// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/thank-you-2.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " panel";
},"1":function(container,depth0,helpers,partials,data) {
    return " for your time";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":59},"end":{"line":5,"column":75}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":76}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for meeting with me"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":29},"end":{"line":5,"column":84}}})) != null ? stack1 : "")
    + " as part of the panel for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":112},"end":{"line":5,"column":120}} ), depth0)) != null ? stack1 : "")
    + ". I really appreciated "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":147},"end":{"line":5,"column":156}} ), depth0)) != null ? stack1 : "")
    + ".\n\nHearing your perspective helped me see how the team works day to day, and I'm even more excited about the chance to contribute at "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":132},"end":{"line":7,"column":145}} ), depth0)) != null ? stack1 : "")
    + ".\n\nIf there is anything more I can share, please let me know. I look forward to hearing from you.\n\nBest regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
