// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/follow-up-2.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":23},"end":{"line":1,"column":27}} ), depth0)) != null ? stack1 : "")
    + " role";
},"1":function(container,depth0,helpers,partials,data) {
    return "Our conversation";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "I'm still very interested, and there's news since we spoke: "
    + ((stack1 = container.lambda(container.strict(depth0, "update", {"start":{"line":7,"column":79},"end":{"line":7,"column":85}} ), depth0)) != null ? stack1 : "")
    + " I'm glad to tell you more, or to answer any remaining questions.";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "I'm still very interested"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasReference"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":185},"end":{"line":7,"column":243}}})) != null ? stack1 : "")
    + ". If it would help, I'm glad to share "
    + ((stack1 = container.lambda(container.strict(depth0, "offer", {"start":{"line":7,"column":283},"end":{"line":7,"column":288}} ), depth0)) != null ? stack1 : "")
    + ", or to answer any remaining questions.";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", not least after "
    + ((stack1 = container.lambda(container.strict(depth0, "reference", {"start":{"line":7,"column":225},"end":{"line":7,"column":234}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":9},"end":{"line":1,"column":65}}})) != null ? stack1 : "")
    + ": still very interested\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nI know hiring decisions take time, and I appreciate your consideration for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":77},"end":{"line":5,"column":85}} ), depth0)) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasUpdate"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":336}}})) != null ? stack1 : "")
    + "\n\nWould you let me know where things stand?\n\nThank you,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
