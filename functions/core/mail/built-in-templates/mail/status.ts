// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/status.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":3,"column":2},"end":{"line":3,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "countLine", {"start":{"line":5,"column":2},"end":{"line":5,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.lambda(container.strict(depth0, "label", {"start":{"line":9,"column":2},"end":{"line":9,"column":7}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"paused"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":9},"end":{"line":9,"column":39}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"sent"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"unconfirmed"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return " (paused)";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":11,"column":6},"end":{"line":11,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":11,"column":16},"end":{"line":11,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "  Nothing pending.\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":16,"column":6},"end":{"line":16,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": sent by you, "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":16,"column":29},"end":{"line":16,"column":33}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":19,"column":6},"end":{"line":19,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": mailed to you "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":19,"column":30},"end":{"line":19,"column":34}} ), depth0)) != null ? stack1 : "")
    + ", but its delivery could not be confirmed; "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"copyOwed"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":19,"column":79},"end":{"line":19,"column":233}}})) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    return "a copy is on its way";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"copyHeld"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":19,"column":115},"end":{"line":19,"column":226}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "a copy comes when you reply resume (reply resend for it now)";
},"12":function(container,depth0,helpers,partials,data) {
    return "reply resend for a copy";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":23,"column":64}}})) != null ? stack1 : "")
    + "Forward an interview confirmation to me and I will plan its follow-ups.\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":23,"column":16},"end":{"line":23,"column":23}} ), depth0)) != null ? stack1 : "")
    + ". ";
},"15":function(container,depth0,helpers,partials,data) {
    return "No open applications. ";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "\nThis is your weekly digest"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"nextDigest"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":26},"end":{"line":27,"column":86}}})) != null ? stack1 : "")
    + ". Reply digest off to stop it.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filteredLine"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": the next one comes "
    + ((stack1 = container.lambda(container.strict(depth0, "nextDigest", {"start":{"line":27,"column":67},"end":{"line":27,"column":77}} ), depth0)) != null ? stack1 : "");
},"18":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "filteredLine", {"start":{"line":29,"column":2},"end":{"line":29,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/status.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:16px;margin:18px 0 4px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "label", {"start":{"line":4,"column":48},"end":{"line":4,"column":53}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"paused"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":55},"end":{"line":4,"column":140}}})) != null ? stack1 : "")
    + "</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"sent"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"unconfirmed"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return " <span style=\"color:#9a6700;font-weight:normal;\">(paused)</span>";
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li>"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":7,"column":6},"end":{"line":7,"column":10}} ), depth0))
    + ": <strong>"
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":7,"column":24},"end":{"line":7,"column":28}} ), depth0))
    + "</strong></li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "<li>Nothing pending.</li>\n";
},"5":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li style=\"color:#57606a;\">"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":12,"column":29},"end":{"line":12,"column":33}} ), depth0))
    + ": sent by you, "
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":12,"column":52},"end":{"line":12,"column":56}} ), depth0))
    + "</li>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<li style=\"color:#9a6700;\">"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":15,"column":29},"end":{"line":15,"column":33}} ), depth0))
    + ": mailed to you "
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":15,"column":53},"end":{"line":15,"column":57}} ), depth0))
    + ", but its delivery could not be confirmed; "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"copyOwed"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":15,"column":102},"end":{"line":15,"column":307}}})) != null ? stack1 : "")
    + "</li>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "a copy is on its way";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"copyHeld"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":15,"column":138},"end":{"line":15,"column":300}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "a copy comes when you reply <strong>resume</strong> (reply <strong>resend</strong> for it now)";
},"10":function(container,depth0,helpers,partials,data) {
    return "reply <strong>resend</strong> for a copy";
},"11":function(container,depth0,helpers,partials,data) {
    return "<p>Forward an interview confirmation to me and I will plan its follow-ups.</p>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<p style=\"margin:20px 0 0;color:#57606a;\">This is your weekly digest"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"nextDigest"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":68},"end":{"line":22,"column":128}}})) != null ? stack1 : "")
    + ". Reply <code>digest off</code> to stop it.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filteredLine"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    return ": the next one comes "
    + container.escapeExpression(container.lambda(container.strict(depth0, "nextDigest", {"start":{"line":22,"column":109},"end":{"line":22,"column":119}} ), depth0));
},"14":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:8px 0 0;color:#57606a;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "filteredLine", {"start":{"line":24,"column":43},"end":{"line":24,"column":55}} ), depth0))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
