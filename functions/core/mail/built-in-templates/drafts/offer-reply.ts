// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/offer-reply.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Subject: Thank you for the offer\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you so much for the offer for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":38},"end":{"line":5,"column":46}} ), depth0)) != null ? stack1 : "")
    + ". I'm excited about the chance to join "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":89},"end":{"line":5,"column":102}} ), depth0)) != null ? stack1 : "")
    + " and grateful for the time everyone spent with me.\n\nI'd like to review the details carefully, and I'll get back to you by [add the date you will answer]. Please let me know if you need anything from me in the meantime.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
