// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/next-round-reply.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " role";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Next round"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":53}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for the invitation to the next round for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":53},"end":{"line":5,"column":61}} ), depth0)) != null ? stack1 : "")
    + ". I'm glad to continue the conversation.\n\nI'm available [list two or three times that work for you, with your time zone]. Please let me know which works best, or suggest another time.\n\nI look forward to speaking again.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
