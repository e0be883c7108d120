// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/rejection-reply.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", especially "
    + ((stack1 = container.lambda(container.strict(depth0, "reference", {"start":{"line":5,"column":179},"end":{"line":5,"column":188}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you for letting me know\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for letting me know, and for the time you and the team spent with me. I'm disappointed, but I enjoyed learning about "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":129},"end":{"line":5,"column":142}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasReference"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":144},"end":{"line":5,"column":197}}})) != null ? stack1 : "")
    + ".\n\nI'd still like to work with "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":7,"column":30},"end":{"line":7,"column":43}} ), depth0)) != null ? stack1 : "")
    + " one day, and I'd be grateful if you would keep me in mind for future roles that fit my background. I hope our paths cross again.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
