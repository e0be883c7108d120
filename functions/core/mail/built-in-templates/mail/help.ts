// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/help.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.lambda(container.strict(depth0, "title", {"start":{"line":14,"column":2},"end":{"line":14,"column":7}} ), depth0)) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"commands"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  "
    + ((stack1 = alias2(alias1(depth0, "padded", {"start":{"line":16,"column":4},"end":{"line":16,"column":10}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(depth0, "meaning", {"start":{"line":16,"column":15},"end":{"line":16,"column":22}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "How followup works\n\n1. Forward an interview confirmation to me: a recruiter's email, an ATS message, or a calendar invitation with its .ics.\n2. I answer within seconds with what I understood and when each draft will arrive.\n3. Each draft arrives when it is time to send it: the text, a link that opens it addressed in your mail client, and an .eml draft.\n\nYou send every draft yourself; I never write to the employer.\n\nWhen the employer answers, forward their reply to me: I cancel the pending nudges and, for a rejection, a next round or an offer, send you a fitting draft.\n\nCommands: reply to any followup mail with one on the first line; anything quoted below it is ignored.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "")
    + "\nWriting to me directly rather than replying to a mail about an application? With one open application I act on it; with several I answer with a numbered list of them: reply with the command and the number, e.g. "
    + ((stack1 = container.lambda(container.strict(depth0, "numbered", {"start":{"line":20,"column":213},"end":{"line":20,"column":221}} ), depth0)) != null ? stack1 : "")
    + ".\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/help.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">How followup works</h1>\n<ol style=\"padding-left:20px;\">\n<li>Forward an interview confirmation to me: a recruiter's email, an ATS message, or a calendar invitation with its .ics.</li>\n<li>I answer within seconds with what I understood and when each draft will arrive.</li>\n<li>Each draft arrives when it is time to send it: the text, a link that opens it addressed in your mail client, and an .eml draft.</li>\n</ol>\n<p>You send every draft yourself; I never write to the employer.</p>\n<p>When the employer answers, forward their reply to me: I cancel the pending nudges and, for a rejection, a next round or an offer, send you a fitting draft.</p>\n<p style=\"margin:16px 0 4px;\">Commands: reply to any followup mail with one on the first line; anything quoted below it is ignored.</p>\n<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "</table>\n<p style=\"margin:16px 0 0;\">Writing to me directly rather than replying to a mail about an application? With one open application I act on it; with several I answer with a numbered list of them: reply with the command and the number, e.g. <code>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "numbered", {"start":{"line":24,"column":247},"end":{"line":24,"column":255}} ), depth0))
    + "</code>.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<tr><td colspan=\"2\" style=\"padding:16px 0 6px;\"><h2 style=\"font-size:15px;margin:0;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "title", {"start":{"line":13,"column":87},"end":{"line":13,"column":92}} ), depth0))
    + "</h2></td></tr>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"commands"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":21,"column":9}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"wide"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<tr><td colspan=\"2\" style=\"padding:4px 0 0;overflow-wrap:anywhere;\"><code>"
    + alias3(alias2(alias1(depth0, "command", {"start":{"line":16,"column":76},"end":{"line":16,"column":83}} ), depth0))
    + "</code></td></tr>\n<tr><td></td><td style=\"padding:0 0 4px;vertical-align:top;\">"
    + alias3(alias2(alias1(depth0, "meaning", {"start":{"line":17,"column":63},"end":{"line":17,"column":70}} ), depth0))
    + "</td></tr>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<tr><td style=\"padding:4px 14px 4px 0;white-space:nowrap;vertical-align:top;\"><code>"
    + alias3(alias2(alias1(depth0, "command", {"start":{"line":19,"column":86},"end":{"line":19,"column":93}} ), depth0))
    + "</code></td><td style=\"padding:4px 0;vertical-align:top;\">"
    + alias3(alias2(alias1(depth0, "meaning", {"start":{"line":19,"column":155},"end":{"line":19,"column":162}} ), depth0))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
