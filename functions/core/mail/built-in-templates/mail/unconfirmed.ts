// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/unconfirmed.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "close-out";
},"1":function(container,depth0,helpers,partials,data) {
    return "draft";
},"2":function(container,depth0,helpers,partials,data) {
    return "Or reply notes: with anything the note should mention, and the thank-you comes again with it.\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "Nothing else is lost: the application is closed, as planned.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "Did it arrive? "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":1,"column":17},"end":{"line":1,"column":21}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"application"), "label", {"start":{"line":2,"column":2},"end":{"line":2,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n\nI mailed you this "
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":18},"end":{"line":4,"column":65}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(depth0, "mailedAt", {"start":{"line":4,"column":68},"end":{"line":4,"column":76}} ), depth0)) != null ? stack1 : "")
    + ", but the mail service's answer never reached me, so I cannot tell whether it reached you. So that it never arrives twice, I will not send it again unless you ask.\n\nIf it is not in your inbox or spam folder, reply resend to this mail: it comes again, once, marked as a copy.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"canRedraft"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/unconfirmed.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Did it arrive? "
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":2,"column":61},"end":{"line":2,"column":65}} ), depth0))
    + "</h1>\n<p style=\"margin:0 0 8px;color:#57606a;\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"application"), "label", {"start":{"line":3,"column":43},"end":{"line":3,"column":60}} ), depth0))
    + "</p>\n<p>I mailed you this "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":4,"column":21},"end":{"line":4,"column":68}}})) != null ? stack1 : "")
    + " "
    + alias3(alias2(alias1(depth0, "mailedAt", {"start":{"line":4,"column":71},"end":{"line":4,"column":79}} ), depth0))
    + ", but the mail service's answer never reached me, so I cannot tell whether it reached you. So that it never arrives twice, I will not send it again unless you ask.</p>\n<p>If it is not in your inbox or spam folder, reply <code>resend</code> to this mail: it comes again, once, marked as a copy.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"canRedraft"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "close-out";
},"2":function(container,depth0,helpers,partials,data) {
    return "draft";
},"3":function(container,depth0,helpers,partials,data) {
    return "<p>Or reply <code>notes:</code> with anything the note should mention, and the thank-you comes again with it.</p>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "<p>Nothing else is lost: the application is closed, as planned.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
