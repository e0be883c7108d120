// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/linkedin.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Hi "
    + ((stack1 = container.lambda(container.strict(depth0, "firstName", {"start":{"line":1,"column":22},"end":{"line":1,"column":31}} ), depth0)) != null ? stack1 : "")
    + ", thank";
},"1":function(container,depth0,helpers,partials,data) {
    return "Thank";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "the "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":110},"end":{"line":1,"column":114}} ), depth0)) != null ? stack1 : "")
    + " role";
},"3":function(container,depth0,helpers,partials,data) {
    return "the role";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"firstName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":60}}})) != null ? stack1 : "")
    + " you for speaking with me about "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":92},"end":{"line":1,"column":144}}})) != null ? stack1 : "")
    + ". I enjoyed our conversation and would be glad to stay in touch here. Looking forward to next steps! Best, "
    + ((stack1 = container.lambda(container.strict(depth0, "shortSignature", {"start":{"line":1,"column":253},"end":{"line":1,"column":267}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
