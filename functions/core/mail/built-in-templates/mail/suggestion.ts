// Mail rendering -> built-in templates precompiled for handlebars' runtime, loaded when one of
// them is first rendered (built-in-templates.ts): generated from templates/ by
// `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const TEMPLATES: Record<string, TemplateSpecification> = {
  "mail/suggestion.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Did you mean: "
    + ((stack1 = container.lambda(container.strict(depth0, "suggested", {"start":{"line":2,"column":16},"end":{"line":2,"column":25}} ), depth0)) != null ? stack1 : "")
    + "?\n\nReply yes to this mail and I will do it. Nothing changes until you do.\n\nMeant something else? Reply with the command itself, or help for the list.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "Yes to what? No question of mine is waiting for an answer, so nothing changed.\n\nReply with the command you mean, for example stop, snooze 3d or status, or help for the list.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasSuggestion"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/suggestion.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasSuggestion"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Did you mean this?</h1>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "suggested", {"start":{"line":4,"column":163},"end":{"line":4,"column":172}} ), depth0))
    + "</pre>\n<p>Reply <strong>yes</strong> to this mail and I will do it. Nothing changes until you do.</p>\n<p style=\"color:#57606a;\">Meant something else? Reply with the command itself, or <strong>help</strong> for the list.</p>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Yes to what?</h1>\n<p>No question of mine is waiting for an answer, so nothing changed.</p>\n<p style=\"color:#57606a;\">Reply with the command you mean, for example <strong>stop</strong>, <strong>snooze 3d</strong> or <strong>status</strong>, or <strong>help</strong> for the list.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
};
