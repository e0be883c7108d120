// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/linkedin.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "  ["
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":11,"column":3},"end":{"line":11,"column":30}}})) != null ? stack1 : "")
    + "] "
    + ((stack1 = container.lambda(container.strict(depth0, "text", {"start":{"line":11,"column":34},"end":{"line":11,"column":38}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "x";
},"3":function(container,depth0,helpers,partials,data) {
    return " ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = alias2(alias1(depth0, "heading", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\nA short message for LinkedIn ("
    + ((stack1 = alias2(alias1(depth0, "characters", {"start":{"line":3,"column":32},"end":{"line":3,"column":42}} ), depth0)) != null ? stack1 : "")
    + " characters), to paste into a message to "
    + ((stack1 = alias2(alias1(depth0, "recipient", {"start":{"line":3,"column":87},"end":{"line":3,"column":96}} ), depth0)) != null ? stack1 : "")
    + ":\n\n------------------------------------------------------------------------\n"
    + ((stack1 = alias2(alias1(depth0, "message", {"start":{"line":6,"column":2},"end":{"line":6,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n------------------------------------------------------------------------\n\nChecklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias3,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":9},"end":{"line":9,"column":78}}})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/linkedin.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + alias3(alias2(alias1(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n<p>A short message for LinkedIn ("
    + alias3(alias2(alias1(depth0, "characters", {"start":{"line":3,"column":35},"end":{"line":3,"column":45}} ), depth0))
    + " characters), to paste into a message to "
    + alias3(alias2(alias1(depth0, "recipient", {"start":{"line":3,"column":90},"end":{"line":3,"column":99}} ), depth0))
    + ":</p>\n<div style=\"border-left:3px solid #d0d7de;padding:8px 16px;background:#ffffff;\">"
    + alias3(alias2(alias1(depth0, "message", {"start":{"line":4,"column":82},"end":{"line":4,"column":89}} ), depth0))
    + "</div>\n<h2 style=\"font-size:15px;margin:20px 0 6px;\">Checklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias4,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":55},"end":{"line":5,"column":124}}})) != null ? stack1 : "")
    + "</h2>\n<ul style=\"list-style:none;padding:0;margin:0;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<li style=\"margin:2px 0;\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":8,"column":26},"end":{"line":8,"column":139}}})) != null ? stack1 : "")
    + " "
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":8,"column":142},"end":{"line":8,"column":146}} ), depth0))
    + "</li>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#1a7f37;\">&#10003;</span>";
},"4":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#cf222e;\">&#10007;</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
