// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "partials/layout.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "title", {"start":{"line":6,"column":9},"end":{"line":6,"column":14}} ), depth0))
    + "</title>\n</head>\n<body style=\"margin:0;padding:0;background:#f6f8fa;\">\n<div style=\"max-width:640px;margin:0 auto;padding:24px 16px;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"@partial-block"),depth0,{"name":"@partial-block","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-html"),depth0,{"name":"footer-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</div>\n</body>\n</html>\n";
},"usePartial":true,"useData":true},
  "partials/footer-text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n-- \nReply to this mail with a command on the first line (anything quoted below it is ignored):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"commands"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  "
    + ((stack1 = alias2(alias1(depth0, "padded", {"start":{"line":6,"column":4},"end":{"line":6,"column":10}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(depth0, "meaning", {"start":{"line":6,"column":15},"end":{"line":6,"column":22}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"commands"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "partials/footer-html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<hr style=\"border:none;border-top:1px solid #d0d7de;margin:28px 0 12px;\">\n<p style=\"font-size:13px;color:#57606a;margin:0 0 6px;\">Reply to this mail with a command on the first line (anything quoted below it is ignored):</p>\n<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:13px;color:#57606a;border-collapse:collapse;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"commands"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "</table>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<tr><td style=\"padding:1px 14px 1px 0;white-space:nowrap;vertical-align:top;\"><code>"
    + alias3(alias2(alias1(depth0, "command", {"start":{"line":6,"column":86},"end":{"line":6,"column":93}} ), depth0))
    + "</code></td><td style=\"padding:1px 0;\">"
    + alias3(alias2(alias1(depth0, "meaning", {"start":{"line":6,"column":136},"end":{"line":6,"column":143}} ), depth0))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"commands"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  "partials/draft-text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "copy", {"start":{"line":2,"column":2},"end":{"line":2,"column":6}} ), depth0)) != null ? stack1 : "")
    + "\n\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"late"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send it as soon as you can: it was best sent by "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":7,"column":50},"end":{"line":7,"column":61}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send by "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"relative"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":8},"end":{"line":9,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":9,"column":61},"end":{"line":9,"column":72}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "relative", {"start":{"line":9,"column":33},"end":{"line":9,"column":48}} ), depth0)) != null ? stack1 : "")
    + ", ";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Why: "
    + ((stack1 = container.lambda(container.strict(depth0, "why", {"start":{"line":13,"column":7},"end":{"line":13,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Cc:      "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"draft"), "cc", {"start":{"line":18,"column":11},"end":{"line":18,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Bcc:     "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"draft"), "bcc", {"start":{"line":21,"column":11},"end":{"line":21,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "\nKeep followup in Bcc (the employer does not see it): its copy of what you send\ntells followup this draft went out, so there is no need to reply sent, and an\nanswer to it is matched to this application. Nothing is mailed back to you.\n";
},"9":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "  ["
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":41,"column":3},"end":{"line":41,"column":30}}})) != null ? stack1 : "")
    + "] "
    + ((stack1 = container.lambda(container.strict(depth0, "text", {"start":{"line":41,"column":34},"end":{"line":41,"column":38}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"11":function(container,depth0,helpers,partials,data) {
    return "x";
},"12":function(container,depth0,helpers,partials,data) {
    return " ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"copy"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sendBy"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "\nTo:      "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "to", {"start":{"line":16,"column":11},"end":{"line":16,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"cc"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + "Subject: "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "subject", {"start":{"line":23,"column":11},"end":{"line":23,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n------------------------------------------------------------------------\n"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "text", {"start":{"line":25,"column":2},"end":{"line":25,"column":12}} ), depth0)) != null ? stack1 : "")
    + "\n------------------------------------------------------------------------\n\nOpen it, addressed and ready, in your mail client:\n"
    + ((stack1 = alias3(alias2(depth0, "mailto", {"start":{"line":29,"column":2},"end":{"line":29,"column":8}} ), depth0)) != null ? stack1 : "")
    + "\n\nOr open the attached "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "filename", {"start":{"line":31,"column":23},"end":{"line":31,"column":37}} ), depth0)) != null ? stack1 : "")
    + ": it opens as an editable draft.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + "\nChecklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":9},"end":{"line":39,"column":78}}})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":40,"column":0},"end":{"line":42,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "partials/draft-html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 12px;padding:8px 12px;background:#fff8c5;border-radius:6px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "copy", {"start":{"line":2,"column":84},"end":{"line":2,"column":88}} ), depth0))
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 4px;font-size:18px;\"><strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"late"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":5,"column":50},"end":{"line":5,"column":223}}})) != null ? stack1 : "")
    + "</strong></p>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "Send it as soon as you can: it was best sent by "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":5,"column":119},"end":{"line":5,"column":130}} ), depth0))
    + ".";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send by "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"relative"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":149},"end":{"line":5,"column":200}}})) != null ? stack1 : "")
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":5,"column":202},"end":{"line":5,"column":213}} ), depth0))
    + ".";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "relative", {"start":{"line":5,"column":174},"end":{"line":5,"column":189}} ), depth0))
    + ", ";
},"5":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 16px;color:#57606a;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "why", {"start":{"line":8,"column":44},"end":{"line":8,"column":47}} ), depth0))
    + "</p>\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 16px;font-size:13px;color:#57606a;\">Keep followup in Bcc (the employer does not see it): its copy of what you send tells followup this draft went out, so there is no need to reply <strong>sent</strong>, and an answer to it is matched to this application. Nothing is mailed back to you.</p>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Cc</td><td style=\"padding:2px 0;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"draft"), "cc", {"start":{"line":16,"column":216},"end":{"line":16,"column":224}} ), depth0))
    + "</td></tr>";
},"8":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Bcc</td><td style=\"padding:2px 0;word-break:break-all;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"draft"), "bcc", {"start":{"line":16,"column":372},"end":{"line":16,"column":381}} ), depth0))
    + "</td></tr>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:10px 0;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":26},"end":{"line":21,"column":249}}})) != null ? stack1 : "")
    + "</p>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,depth0,{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":40},"end":{"line":21,"column":208}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":208},"end":{"line":21,"column":240}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"slot"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":21,"column":54},"end":{"line":21,"column":199}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "<span style=\"background:#fff8c5;color:#1f2328;padding:0 2px;border-bottom:1px dashed #9a6700;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":21,"column":163},"end":{"line":21,"column":167}} ), depth0))
    + "</span>";
},"13":function(container,depth0,helpers,partials,data) {
    return container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":21,"column":186},"end":{"line":21,"column":190}} ), depth0));
},"14":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"15":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<li style=\"margin:2px 0;\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":27,"column":26},"end":{"line":27,"column":139}}})) != null ? stack1 : "")
    + " "
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":27,"column":142},"end":{"line":27,"column":146}} ), depth0))
    + "</li>\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#1a7f37;\">&#10003;</span>";
},"18":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#cf222e;\">&#10007;</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"copy"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sendBy"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "<p style=\"margin:16px 0 6px;\"><a href=\""
    + alias4(alias3(alias2(depth0, "mailto", {"start":{"line":10,"column":41},"end":{"line":10,"column":47}} ), depth0))
    + "\" style=\"display:inline-block;padding:10px 18px;background:#1a7f37;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;\">Open the draft in my mail client</a></p>\n<p style=\"margin:0 0 16px;font-size:13px;color:#57606a;\">Or open the attached "
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "filename", {"start":{"line":11,"column":80},"end":{"line":11,"column":94}} ), depth0))
    + ": it opens as an editable draft.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:14px;border-collapse:collapse;margin:0 0 8px;\">\n<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">To</td><td style=\"padding:2px 0;\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "to", {"start":{"line":16,"column":90},"end":{"line":16,"column":98}} ), depth0))
    + "</td></tr>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"cc"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":110},"end":{"line":16,"column":243}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":243},"end":{"line":16,"column":400}}})) != null ? stack1 : "")
    + "\n<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Subject</td><td style=\"padding:2px 0;\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "subject", {"start":{"line":17,"column":95},"end":{"line":17,"column":108}} ), depth0))
    + "</td></tr>\n</table>\n<div style=\"border-left:3px solid #d0d7de;padding:4px 16px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"paragraphs"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "</div>\n<h2 style=\"font-size:15px;margin:20px 0 6px;\">Checklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":55},"end":{"line":24,"column":124}}})) != null ? stack1 : "")
    + "</h2>\n<ul style=\"list-style:none;padding:0;margin:0;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"useData":true},
  "partials/filter-text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "Your filter address: "
    + ((stack1 = alias2(alias1(depth0, "address", {"start":{"line":1,"column":23},"end":{"line":1,"column":30}} ), depth0)) != null ? stack1 : "")
    + "\nHave your mailbox forward mail from "
    + ((stack1 = alias2(alias1(depth0, "catches", {"start":{"line":2,"column":38},"end":{"line":2,"column":45}} ), depth0)) != null ? stack1 : "")
    + " there, and their replies reach me without you forwarding them. I never write to them: everything comes to you.\nIn Gmail:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"gmailSteps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "In Outlook:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"outlookSteps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "partials/filter-html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 6px;\">Your filter address: <strong>"
    + alias3(alias2(alias1(depth0, "address", {"start":{"line":1,"column":58},"end":{"line":1,"column":65}} ), depth0))
    + "</strong></p>\n<p style=\"margin:0 0 6px;\">Have your mailbox forward mail from <code>"
    + alias3(alias2(alias1(depth0, "catches", {"start":{"line":2,"column":71},"end":{"line":2,"column":78}} ), depth0))
    + "</code> there, and their replies reach me without you forwarding them. I never write to them: everything comes to you.</p>\n<p style=\"margin:8px 0 4px;\">In Gmail:</p>\n<ul style=\"margin:0 0 8px;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"gmailSteps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n<p style=\"margin:8px 0 4px;\">In Outlook:</p>\n<ul style=\"margin:0 0 8px;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"outlookSteps"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"useData":true},
};
