// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/forget-request.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "You already asked: this is the same request, with the same deadline.";
},"1":function(container,depth0,helpers,partials,data) {
    return "You asked me to forget you.";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "count", {"start":{"line":7,"column":6},"end":{"line":7,"column":11}} ), depth0)) != null ? stack1 : "")
    + ", and with them "
    + ((stack1 = alias2(alias1(depth0, "pending", {"start":{"line":7,"column":31},"end":{"line":7,"column":38}} ), depth0)) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "      "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "  - no applications: you have none\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Delete everything followup keeps about you?\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"repeated"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":126}}})) != null ? stack1 : "")
    + " To confirm, reply forget to this mail within "
    + ((stack1 = alias3(alias2(depth0, "within", {"start":{"line":3,"column":174},"end":{"line":3,"column":180}} ), depth0)) != null ? stack1 : "")
    + ", by "
    + ((stack1 = alias3(alias2(depth0, "deadline", {"start":{"line":3,"column":189},"end":{"line":3,"column":197}} ), depth0)) != null ? stack1 : "")
    + ". Until you do, nothing is deleted.\n\nWhat will be deleted, for good:\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + "  - your settings (time zone, hours) and the weekly digest, if it is on\n\nChanged your mind? Do nothing: the request expires by itself, and everything stays as it is.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/forget-request.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Delete everything followup keeps about you?</h1>\n<p>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"repeated"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":3,"column":3},"end":{"line":3,"column":129}}})) != null ? stack1 : "")
    + "</p>\n<p style=\"font-size:17px;\"><strong>To confirm, reply <code>forget</code> to this mail within "
    + alias4(alias3(alias2(depth0, "within", {"start":{"line":4,"column":95},"end":{"line":4,"column":101}} ), depth0))
    + ", by "
    + alias4(alias3(alias2(depth0, "deadline", {"start":{"line":4,"column":110},"end":{"line":4,"column":118}} ), depth0))
    + ".</strong> Until you do, nothing is deleted.</p>\n<h2 style=\"font-size:15px;margin:16px 0 6px;\">What will be deleted, for good</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + "<li>your settings (time zone, hours) and the weekly digest, if it is on</li>\n</ul>\n<p style=\"margin:16px 0 0;\">Changed your mind? Do nothing: the request expires by itself, and everything stays as it is.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "You already asked: this is the same request, with the same deadline.";
},"2":function(container,depth0,helpers,partials,data) {
    return "You asked me to forget you.";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<li>"
    + alias3(alias2(alias1(depth0, "count", {"start":{"line":8,"column":6},"end":{"line":8,"column":11}} ), depth0))
    + ", and with them "
    + alias3(alias2(alias1(depth0, "pending", {"start":{"line":8,"column":31},"end":{"line":8,"column":38}} ), depth0))
    + ":\n<ul style=\"margin:4px 0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n</li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li>no applications: you have none</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
