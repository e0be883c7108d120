// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/follow-up-1.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":37},"end":{"line":1,"column":41}} ), depth0)) != null ? stack1 : "")
    + " interview";
},"1":function(container,depth0,helpers,partials,data) {
    return " on our conversation";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewDate", {"start":{"line":5,"column":57},"end":{"line":5,"column":70}} ), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return ", now that the decision date you mentioned has passed";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", and I keep thinking back to "
    + ((stack1 = container.lambda(container.strict(depth0, "reference", {"start":{"line":9,"column":78},"end":{"line":9,"column":87}} ), depth0)) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return " and on the work we discussed";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Following up"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":21},"end":{"line":1,"column":88}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nI'm writing about my interview"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewDate"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":30},"end":{"line":5,"column":79}}})) != null ? stack1 : "")
    + " for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":86},"end":{"line":5,"column":94}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"decisionBy"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":96},"end":{"line":5,"column":174}}})) != null ? stack1 : "")
    + ".\n\nA quick update since we spoke: "
    + ((stack1 = alias3(alias2(depth0, "update", {"start":{"line":7,"column":33},"end":{"line":7,"column":39}} ), depth0)) != null ? stack1 : "")
    + "\n\nI'm still keen on the role"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasReference"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":9,"column":26},"end":{"line":9,"column":133}}})) != null ? stack1 : "")
    + ". Thank you again for your time; could you share an update on next steps when you have a moment?\n\nBest regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
};
