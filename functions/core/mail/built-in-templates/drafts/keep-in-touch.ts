// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/keep-in-touch.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Subject: Thank you, and staying in touch\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you again for considering me for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":41},"end":{"line":5,"column":49}} ), depth0)) != null ? stack1 : "")
    + ". I understand you may have moved forward with other candidates, and I enjoyed getting to know "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":148},"end":{"line":5,"column":161}} ), depth0)) != null ? stack1 : "")
    + ".\n\nI'd like to stay in touch. Please keep me in mind for future roles that match my background.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
