// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/filter.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return ((stack1 = alias2(alias1(lookupProperty(depth0,"confirmation"), "provider", {"start":{"line":2,"column":2},"end":{"line":2,"column":23}} ), depth0)) != null ? stack1 : "")
    + " asks you to confirm forwarding to "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"confirmation"), "forwardTo", {"start":{"line":2,"column":62},"end":{"line":2,"column":84}} ), depth0)) != null ? stack1 : "")
    + ". I did not confirm it: only you can.\n  Confirmation code: "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"confirmation"), "code", {"start":{"line":3,"column":23},"end":{"line":3,"column":40}} ), depth0)) != null ? stack1 : "")
    + "\n  Link: "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"confirmation"), "link", {"start":{"line":4,"column":10},"end":{"line":4,"column":27}} ), depth0)) != null ? stack1 : "")
    + "\nOpen the link (or enter the code in "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"confirmation"), "provider", {"start":{"line":5,"column":38},"end":{"line":5,"column":59}} ), depth0)) != null ? stack1 : "")
    + "'s forwarding settings) if you asked for this. If you did not, ignore this mail: nothing is forwarded until you confirm.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"confirmation"),"elsewhere"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + "\nThen create the filters below.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"confirmation"), "elsewhere", {"start":{"line":7,"column":2},"end":{"line":7,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Your filter address is "
    + ((stack1 = container.lambda(container.strict(depth0, "address", {"start":{"line":12,"column":25},"end":{"line":12,"column":32}} ), depth0)) != null ? stack1 : "")
    + ". Mail your mailbox forwards there from an employer reaches me without you forwarding it, and I never write to the employer.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.lambda(container.strict(depth0, "label", {"start":{"line":16,"column":2},"end":{"line":16,"column":7}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"filter-text"),depth0,{"name":"filter-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"filter-text"),lookupProperty(depth0,"generic"),{"name":"filter-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"confirmation"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"employers"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"generic"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + "\nI only read mail your own mailbox forwarded (Gmail's forwarding, or an Outlook rule's Forward to); anything else sent to this address is dropped. Mail that matches none of your applications changes nothing.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/filter.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"confirmation"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"employers"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"generic"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + "<p style=\"margin:16px 0 4px;\">I only read mail your own mailbox forwarded (Gmail's forwarding, or an Outlook rule's Forward to); anything else sent to this address is dropped. Mail that matches none of your applications changes nothing.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "provider", {"start":{"line":3,"column":46},"end":{"line":3,"column":67}} ), depth0))
    + " asks you to confirm forwarding</h1>\n<p style=\"margin:0 0 8px;\">The request is to forward to <strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "forwardTo", {"start":{"line":4,"column":66},"end":{"line":4,"column":88}} ), depth0))
    + "</strong>. I did not confirm it: only you can.</p>\n<p style=\"margin:0 0 4px;\">Confirmation code: <strong>"
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "code", {"start":{"line":5,"column":56},"end":{"line":5,"column":73}} ), depth0))
    + "</strong></p>\n<p style=\"margin:0 0 8px;\">Link: <a href=\""
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "link", {"start":{"line":6,"column":44},"end":{"line":6,"column":61}} ), depth0))
    + "\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "link", {"start":{"line":6,"column":67},"end":{"line":6,"column":84}} ), depth0))
    + "</a></p>\n<p style=\"margin:0 0 8px;\">Open the link (or enter the code in "
    + alias3(alias2(alias1(lookupProperty(depth0,"confirmation"), "provider", {"start":{"line":7,"column":65},"end":{"line":7,"column":86}} ), depth0))
    + "'s forwarding settings) if you asked for this. If you did not, ignore this mail: nothing is forwarded until you confirm.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"confirmation"),"elsewhere"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 8px;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"confirmation"), "elsewhere", {"start":{"line":9,"column":29},"end":{"line":9,"column":51}} ), depth0))
    + "</p>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Your filter address: "
    + container.escapeExpression(container.lambda(container.strict(depth0, "address", {"start":{"line":12,"column":67},"end":{"line":12,"column":74}} ), depth0))
    + "</h1>\n<p style=\"margin:0 0 8px;\">Mail your mailbox forwards there from an employer reaches me without you forwarding it, and I never write to the employer.</p>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:16px;margin:18px 0 4px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "label", {"start":{"line":16,"column":48},"end":{"line":16,"column":53}} ), depth0))
    + "</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"filter-html"),depth0,{"name":"filter-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"filter-html"),lookupProperty(depth0,"generic"),{"name":"filter-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
