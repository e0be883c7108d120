// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/choice.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "\n"
    + ((stack1 = container.lambda(container.strict(depth0, "note", {"start":{"line":4,"column":2},"end":{"line":4,"column":6}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"options"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"numberOnly"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + "  "
    + ((stack1 = container.lambda(container.strict(depth0, "example", {"start":{"line":17,"column":4},"end":{"line":17,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "  "
    + ((stack1 = alias2(alias1(depth0, "number", {"start":{"line":9,"column":4},"end":{"line":9,"column":10}} ), depth0)) != null ? stack1 : "")
    + ") "
    + ((stack1 = alias2(alias1(depth0, "label", {"start":{"line":9,"column":16},"end":{"line":9,"column":21}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":23},"end":{"line":9,"column":53}}})) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " ("
    + ((stack1 = container.lambda(container.strict(depth0, "next", {"start":{"line":9,"column":39},"end":{"line":9,"column":43}} ), depth0)) != null ? stack1 : "")
    + ")";
},"4":function(container,depth0,helpers,partials,data) {
    return "To answer, reply to this mail with just the number, for example:\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "To answer, reply to this mail with the command and the number, for example:\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "\nYou have no open application to choose from, so nothing changed. Forward an interview confirmation to me to start one.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(depth0, "question", {"start":{"line":1,"column":2},"end":{"line":1,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasOptions"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/choice.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "question", {"start":{"line":2,"column":46},"end":{"line":2,"column":54}} ), depth0))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasOptions"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 12px;color:#9a6700;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "note", {"start":{"line":4,"column":44},"end":{"line":4,"column":48}} ), depth0))
    + "</p>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<ol style=\"margin:0;padding-left:28px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"options"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "</ol>\n<p style=\"margin:16px 0 4px;\">To answer, reply to this mail with "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"numberOnly"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":12,"column":65},"end":{"line":12,"column":139}}})) != null ? stack1 : "")
    + ", for example:</p>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "example", {"start":{"line":13,"column":163},"end":{"line":13,"column":170}} ), depth0))
    + "</pre>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<li value=\""
    + alias3(alias2(alias1(depth0, "number", {"start":{"line":9,"column":13},"end":{"line":9,"column":19}} ), depth0))
    + "\" style=\"margin:4px 0;\"><strong>"
    + alias3(alias2(alias1(depth0, "label", {"start":{"line":9,"column":55},"end":{"line":9,"column":60}} ), depth0))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":71},"end":{"line":9,"column":153}}})) != null ? stack1 : "")
    + "</li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "<br><span style=\"color:#57606a;font-size:14px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "next", {"start":{"line":9,"column":133},"end":{"line":9,"column":137}} ), depth0))
    + "</span>";
},"5":function(container,depth0,helpers,partials,data) {
    return "just the number";
},"6":function(container,depth0,helpers,partials,data) {
    return "the command and the number";
},"7":function(container,depth0,helpers,partials,data) {
    return "<p>You have no open application to choose from, so nothing changed. Forward an interview confirmation to me to start one.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
