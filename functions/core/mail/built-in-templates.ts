// Mail rendering -> the built-in templates, precompiled for handlebars' runtime: generated from
// templates/ by `npm run gen:templates` (scripts/gen-templates.ts); do not edit.
// @ts-nocheck: handlebars writes untyped JavaScript; the export's type is stated below.
export const BUILT_IN_TEMPLATES: Record<string, TemplateSpecification> = {
  "drafts/thank-you.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " interview";
},"1":function(container,depth0,helpers,partials,data) {
    return " for our conversation";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":76},"end":{"line":5,"column":92}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":87}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for taking the time to speak with me"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":46},"end":{"line":5,"column":101}}})) != null ? stack1 : "")
    + " about "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":110},"end":{"line":5,"column":118}} ), depth0)) != null ? stack1 : "")
    + ". I especially enjoyed "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":145},"end":{"line":5,"column":154}} ), depth0)) != null ? stack1 : "")
    + ".\n\nOur conversation gave me a clearer picture of what this role needs, and it made me want to join "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":98},"end":{"line":7,"column":111}} ), depth0)) != null ? stack1 : "")
    + " even more.\n\nPlease let me know if I can share anything else that would help. I look forward to hearing about next steps.\n\nBest regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/thank-you-2.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " panel";
},"1":function(container,depth0,helpers,partials,data) {
    return " for your time";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":59},"end":{"line":5,"column":75}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":18},"end":{"line":1,"column":76}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for meeting with me"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":29},"end":{"line":5,"column":84}}})) != null ? stack1 : "")
    + " as part of the panel for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":112},"end":{"line":5,"column":120}} ), depth0)) != null ? stack1 : "")
    + ". I really appreciated "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":147},"end":{"line":5,"column":156}} ), depth0)) != null ? stack1 : "")
    + ".\n\nHearing your perspective helped me see how the team works day to day, and I'm even more excited about the chance to contribute at "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":132},"end":{"line":7,"column":145}} ), depth0)) != null ? stack1 : "")
    + ".\n\nIf there is anything more I can share, please let me know. I look forward to hearing from you.\n\nBest regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/thank-you-3.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " – "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":46},"end":{"line":1,"column":50}} ), depth0)) != null ? stack1 : "")
    + " interview";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return " on "
    + ((stack1 = container.lambda(container.strict(depth0, "interviewWeekday", {"start":{"line":5,"column":53},"end":{"line":5,"column":69}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thanks for your time"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":29},"end":{"line":1,"column":69}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for your time"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"interviewWeekday"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":23},"end":{"line":5,"column":78}}})) != null ? stack1 : "")
    + " and for your part in my interview for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":119},"end":{"line":5,"column":127}} ), depth0)) != null ? stack1 : "")
    + ". I found "
    + ((stack1 = alias3(alias2(depth0, "reference", {"start":{"line":5,"column":141},"end":{"line":5,"column":150}} ), depth0)) != null ? stack1 : "")
    + " especially rewarding.\n\nIt gave me a better sense of the problems "
    + ((stack1 = alias3(alias2(depth0, "companyOrTeam", {"start":{"line":7,"column":44},"end":{"line":7,"column":57}} ), depth0)) != null ? stack1 : "")
    + " is working on, and I'd be glad to help tackle them.\n\nPlease let me know if any other details would be useful. I look forward to the next steps.\n\nKind regards,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
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
  "drafts/follow-up-2.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":23},"end":{"line":1,"column":27}} ), depth0)) != null ? stack1 : "")
    + " role";
},"1":function(container,depth0,helpers,partials,data) {
    return "Our conversation";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "I'm still very interested, and there's news since we spoke: "
    + ((stack1 = container.lambda(container.strict(depth0, "update", {"start":{"line":7,"column":79},"end":{"line":7,"column":85}} ), depth0)) != null ? stack1 : "")
    + " I'm glad to tell you more, or to answer any remaining questions.";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "I'm still very interested"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasReference"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":185},"end":{"line":7,"column":243}}})) != null ? stack1 : "")
    + ". If it would help, I'm glad to share "
    + ((stack1 = container.lambda(container.strict(depth0, "offer", {"start":{"line":7,"column":283},"end":{"line":7,"column":288}} ), depth0)) != null ? stack1 : "")
    + ", or to answer any remaining questions.";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", not least after "
    + ((stack1 = container.lambda(container.strict(depth0, "reference", {"start":{"line":7,"column":225},"end":{"line":7,"column":234}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":9},"end":{"line":1,"column":65}}})) != null ? stack1 : "")
    + ": still very interested\n\n"
    + ((stack1 = alias3(alias2(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nI know hiring decisions take time, and I appreciate your consideration for "
    + ((stack1 = alias3(alias2(depth0, "position", {"start":{"line":5,"column":77},"end":{"line":5,"column":85}} ), depth0)) != null ? stack1 : "")
    + ".\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasUpdate"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":7,"column":336}}})) != null ? stack1 : "")
    + "\n\nWould you let me know where things stand?\n\nThank you,\n"
    + ((stack1 = alias3(alias2(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/keep-in-touch.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Subject: Thank you, and staying in touch\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you again for considering me for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":41},"end":{"line":5,"column":49}} ), depth0)) != null ? stack1 : "")
    + ". I understand you may have moved forward with other candidates, and I enjoyed getting to know "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":148},"end":{"line":5,"column":161}} ), depth0)) != null ? stack1 : "")
    + ".\n\nI'd like to stay in touch. Please keep me in mind for future roles that match my background.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/rejection-reply.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ", especially "
    + ((stack1 = container.lambda(container.strict(depth0, "reference", {"start":{"line":5,"column":179},"end":{"line":5,"column":188}} ), depth0)) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Thank you for letting me know\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for letting me know, and for the time you and the team spent with me. I'm disappointed, but I enjoyed learning about "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":129},"end":{"line":5,"column":142}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasReference"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":144},"end":{"line":5,"column":197}}})) != null ? stack1 : "")
    + ".\n\nI'd still like to work with "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":7,"column":30},"end":{"line":7,"column":43}} ), depth0)) != null ? stack1 : "")
    + " one day, and I'd be grateful if you would keep me in mind for future roles that fit my background. I hope our paths cross again.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/next-round-reply.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":35},"end":{"line":1,"column":39}} ), depth0)) != null ? stack1 : "")
    + " role";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return "Subject: Next round"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":19},"end":{"line":1,"column":53}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you for the invitation to the next round for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":53},"end":{"line":5,"column":61}} ), depth0)) != null ? stack1 : "")
    + ". I'm glad to continue the conversation.\n\nI'm available [list two or three times that work for you, with your time zone]. Please let me know which works best, or suggest another time.\n\nI look forward to speaking again.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":12,"column":2},"end":{"line":12,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/offer-reply.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "Subject: Thank you for the offer\n\n"
    + ((stack1 = alias2(alias1(depth0, "greeting", {"start":{"line":3,"column":2},"end":{"line":3,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n\nThank you so much for the offer for "
    + ((stack1 = alias2(alias1(depth0, "position", {"start":{"line":5,"column":38},"end":{"line":5,"column":46}} ), depth0)) != null ? stack1 : "")
    + ". I'm excited about the chance to join "
    + ((stack1 = alias2(alias1(depth0, "companyOrTeam", {"start":{"line":5,"column":89},"end":{"line":5,"column":102}} ), depth0)) != null ? stack1 : "")
    + " and grateful for the time everyone spent with me.\n\nI'd like to review the details carefully, and I'll get back to you by [add the date you will answer]. Please let me know if you need anything from me in the meantime.\n\nBest regards,\n"
    + ((stack1 = alias2(alias1(depth0, "signature", {"start":{"line":10,"column":2},"end":{"line":10,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "drafts/linkedin.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Hi "
    + ((stack1 = container.lambda(container.strict(depth0, "firstName", {"start":{"line":1,"column":22},"end":{"line":1,"column":31}} ), depth0)) != null ? stack1 : "")
    + ", thank";
},"1":function(container,depth0,helpers,partials,data) {
    return "Thank";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "the "
    + ((stack1 = container.lambda(container.strict(depth0, "role", {"start":{"line":1,"column":110},"end":{"line":1,"column":114}} ), depth0)) != null ? stack1 : "")
    + " role";
},"3":function(container,depth0,helpers,partials,data) {
    return "the role";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"firstName"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":1,"column":60}}})) != null ? stack1 : "")
    + " you for speaking with me about "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"role"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":92},"end":{"line":1,"column":144}}})) != null ? stack1 : "")
    + ". I enjoyed our conversation and would be glad to stay in touch here. Looking forward to next steps! Best, "
    + ((stack1 = container.lambda(container.strict(depth0, "shortSignature", {"start":{"line":1,"column":253},"end":{"line":1,"column":267}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"useData":true},
  "mail/draft.text.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"draft-text"),depth0,{"name":"draft-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/draft.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"draft-html"),depth0,{"name":"draft-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/close-out.text.hbs": {"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\nNo reply after two follow-ups: time to move on. The application is closed and I will not send any more nudges for it.\n\nIf you would like to leave the door open, here is an optional keep-in-touch note. Sending it is entirely up to you.\n\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-text"),depth0,{"name":"draft-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/close-out.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n<p>No reply after two follow-ups: time to move on. The application is closed and I will not send any more nudges for it.</p>\n<p>If you would like to leave the door open, here is an optional keep-in-touch note. Sending it is entirely up to you.</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-html"),depth0,{"name":"draft-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/employer-reply.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"intro"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-text"),depth0,{"name":"draft-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/employer-reply.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"intro"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":5,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"draft-html"),depth0,{"name":"draft-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<p>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
  "mail/acknowledgment.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Got it, but I need "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"missingOne"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":19},"end":{"line":2,"column":85}}})) != null ? stack1 : "")
    + " before I can plan every draft.\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "one more detail";
},"2":function(container,depth0,helpers,partials,data) {
    return "a few more details";
},"3":function(container,depth0,helpers,partials,data) {
    return "Got it. Here is what I understood and what happens next.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  "
    + ((stack1 = alias2(alias1(depth0, "padded", {"start":{"line":9,"column":4},"end":{"line":9,"column":10}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(depth0, "value", {"start":{"line":9,"column":15},"end":{"line":9,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\nHow I read it\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notes"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":9}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "\nWhat is missing\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\nTo answer, reply to this mail with one line per missing piece, filled in like this:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":28,"column":9}}})) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  "
    + ((stack1 = container.lambda(container.strict(depth0, "example", {"start":{"line":27,"column":4},"end":{"line":27,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":33,"column":6},"end":{"line":33,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":33,"column":16},"end":{"line":33,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "  Nothing is planned yet"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":24},"end":{"line":35,"column":111}}})) != null ? stack1 : "")
    + ".\n";
},"11":function(container,depth0,helpers,partials,data) {
    return ": I will plan the drafts as soon as I have the missing details";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\nLet their replies reach me by themselves\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"filter-text"),lookupProperty(depth0,"filter"),{"name":"filter-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":5,"column":7}}})) != null ? stack1 : "")
    + "\nWhat I understood\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"understood"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notes"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "")
    + "\nPlanned drafts\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(10, data, 0),"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":36,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filter"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + "\nAnything wrong? Reply with a correction on its own line, for example:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"corrections"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/acknowledgment.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":2,"column":44},"end":{"line":2,"column":168}}})) != null ? stack1 : "")
    + "</h1>\n<h2 style=\"font-size:15px;margin:16px 0 6px;\">What I understood</h2>\n<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"understood"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":9}}})) != null ? stack1 : "")
    + "</table>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"notes"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + "<h2 style=\"font-size:15px;margin:16px 0 6px;\">Planned drafts</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filter"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":39,"column":7}}})) != null ? stack1 : "")
    + "<p style=\"margin:16px 0 4px;\">Anything wrong? Reply with a correction on its own line, for example:</p>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"corrections"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":161},"end":{"line":42,"column":20}}})) != null ? stack1 : "")
    + "</pre>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Got it, but I need "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"missingOne"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":81},"end":{"line":2,"column":147}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "one more detail";
},"3":function(container,depth0,helpers,partials,data) {
    return "a few more details";
},"4":function(container,depth0,helpers,partials,data) {
    return "Got it";
},"5":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<tr><td style=\"padding:2px 14px 2px 0;color:#57606a;vertical-align:top;white-space:nowrap;\">"
    + alias3(alias2(alias1(depth0, "label", {"start":{"line":6,"column":94},"end":{"line":6,"column":99}} ), depth0))
    + "</td><td style=\"padding:2px 0;\">"
    + alias3(alias2(alias1(depth0, "value", {"start":{"line":6,"column":135},"end":{"line":6,"column":140}} ), depth0))
    + "</td></tr>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:15px;margin:16px 0 6px;\">How I read it</h2>\n<ul style=\"margin:0 0 8px;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"notes"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:15px;margin:16px 0 6px;\">What is missing</h2>\n<ul style=\"margin:0 0 8px;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n<p style=\"margin:8px 0 4px;\">To answer, reply to this mail with one line per missing piece, filled in like this:</p>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":161},"end":{"line":26,"column":20}}})) != null ? stack1 : "")
    + "</pre>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(container.strict(depth0, "example", {"start":{"line":25,"column":180},"end":{"line":25,"column":187}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":189},"end":{"line":26,"column":11}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return "\n";
},"11":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li>"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":31,"column":6},"end":{"line":31,"column":10}} ), depth0))
    + ": <strong>"
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":31,"column":24},"end":{"line":31,"column":28}} ), depth0))
    + "</strong></li>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<li>Nothing is planned yet"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasMissing"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":26},"end":{"line":33,"column":113}}})) != null ? stack1 : "")
    + ".</li>\n";
},"13":function(container,depth0,helpers,partials,data) {
    return ": I will plan the drafts as soon as I have the missing details";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:15px;margin:16px 0 6px;\">Let their replies reach me by themselves</h2>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"filter-html"),lookupProperty(depth0,"filter"),{"name":"filter-html","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":41,"column":190},"end":{"line":42,"column":11}}})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/unreadable.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "this line";
},"1":function(container,depth0,helpers,partials,data) {
    return "these lines";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  "
    + ((stack1 = container.lambda(container.strict(depth0, "example", {"start":{"line":5,"column":4},"end":{"line":5,"column":11}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "  - "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "I could not find "
    + ((stack1 = container.lambda(container.strict(depth0, "missingPhrase", {"start":{"line":1,"column":19},"end":{"line":1,"column":32}} ), depth0)) != null ? stack1 : "")
    + " in the message you forwarded, so nothing is scheduled yet.\n\nTo fix it, reply to this mail with "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"answerOne"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":87}}})) != null ? stack1 : "")
    + ", filled in:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "\nOr forward the original confirmation again, with its calendar invitation (.ics) attached if it had one.\n\nWhat I looked for and did not find:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/unreadable.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">I could not find "
    + alias3(alias2(alias1(depth0, "missingPhrase", {"start":{"line":2,"column":63},"end":{"line":2,"column":76}} ), depth0))
    + "</h1>\n<p>I could not find "
    + alias3(alias2(alias1(depth0, "missingPhrase", {"start":{"line":3,"column":22},"end":{"line":3,"column":35}} ), depth0))
    + " in the message you forwarded, so nothing is scheduled yet.</p>\n<p style=\"margin:8px 0 4px;\">To fix it, reply to this mail with "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"answerOne"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":4,"column":64},"end":{"line":4,"column":116}}})) != null ? stack1 : "")
    + ", filled in:</p>\n<pre style=\"margin:0;padding:8px 12px;background:#ffffff;border:1px solid #d0d7de;border-radius:6px;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"answers"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":161},"end":{"line":6,"column":20}}})) != null ? stack1 : "")
    + "</pre>\n<p>Or forward the original confirmation again, with its calendar invitation (.ics) attached if it had one.</p>\n<p style=\"margin:8px 0 4px;color:#57606a;\">What I looked for and did not find:</p>\n<ul style=\"margin:0;padding-left:20px;color:#57606a;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"missing"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":12,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "this line";
},"2":function(container,depth0,helpers,partials,data) {
    return "these lines";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(container.strict(depth0, "example", {"start":{"line":5,"column":180},"end":{"line":5,"column":187}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":189},"end":{"line":6,"column":11}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/stop.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\nCancelled:\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"cancelled"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":8,"column":6},"end":{"line":8,"column":10}} ), depth0)) != null ? stack1 : "")
    + " (was due "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":8,"column":24},"end":{"line":8,"column":28}} ), depth0)) != null ? stack1 : "")
    + ")\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Stopped: "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"application"), "label", {"start":{"line":1,"column":11},"end":{"line":1,"column":28}} ), depth0)) != null ? stack1 : "")
    + "\n\nThe application is closed and nothing more will be sent for it.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasCancelled"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "\nChanged your mind? Forward the interview confirmation again and I will plan it afresh.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/stop.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Stopped: "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"application"), "label", {"start":{"line":2,"column":55},"end":{"line":2,"column":72}} ), depth0))
    + "</h1>\n<p>The application is closed and nothing more will be sent for it.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"hasCancelled"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "<p>Changed your mind? Forward the interview confirmation again and I will plan it afresh.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:8px 0 4px;\">Cancelled:</p>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"cancelled"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li>"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":8,"column":6},"end":{"line":8,"column":10}} ), depth0))
    + " (was due "
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":8,"column":24},"end":{"line":8,"column":28}} ), depth0))
    + ")</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":19,"column":6},"end":{"line":19,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": mailed to you "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":19,"column":30},"end":{"line":19,"column":34}} ), depth0)) != null ? stack1 : "")
    + ", but its delivery could not be confirmed; not sent again\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":23,"column":64}}})) != null ? stack1 : "")
    + "Forward an interview confirmation to me and I will plan its follow-ups.\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "heading", {"start":{"line":23,"column":16},"end":{"line":23,"column":23}} ), depth0)) != null ? stack1 : "")
    + ". ";
},"11":function(container,depth0,helpers,partials,data) {
    return "No open applications. ";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "\nThis is your weekly digest"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"nextDigest"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":26},"end":{"line":27,"column":86}}})) != null ? stack1 : "")
    + ". Reply digest off to stop it.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filteredLine"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"13":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ": the next one comes "
    + ((stack1 = container.lambda(container.strict(depth0, "nextDigest", {"start":{"line":27,"column":67},"end":{"line":27,"column":77}} ), depth0)) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(container.strict(depth0, "filteredLine", {"start":{"line":29,"column":2},"end":{"line":29,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/status.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "heading", {"start":{"line":2,"column":46},"end":{"line":2,"column":53}} ), depth0))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"digest"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "");
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
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li style=\"color:#9a6700;\">"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":15,"column":29},"end":{"line":15,"column":33}} ), depth0))
    + ": mailed to you "
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":15,"column":53},"end":{"line":15,"column":57}} ), depth0))
    + ", but its delivery could not be confirmed; not sent again</li>\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "<p>Forward an interview confirmation to me and I will plan its follow-ups.</p>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<p style=\"margin:20px 0 0;color:#57606a;\">This is your weekly digest"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"nextDigest"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":68},"end":{"line":22,"column":128}}})) != null ? stack1 : "")
    + ". Reply <code>digest off</code> to stop it.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"filteredLine"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return ": the next one comes "
    + container.escapeExpression(container.lambda(container.strict(depth0, "nextDigest", {"start":{"line":22,"column":109},"end":{"line":22,"column":119}} ), depth0));
},"10":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:8px 0 0;color:#57606a;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "filteredLine", {"start":{"line":24,"column":43},"end":{"line":24,"column":55}} ), depth0))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
  "mail/command.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"application"), "label", {"start":{"line":4,"column":2},"end":{"line":4,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "what", {"start":{"line":6,"column":6},"end":{"line":6,"column":10}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "when", {"start":{"line":6,"column":16},"end":{"line":6,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "  Nothing is pending for this application.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "\n"
    + ((stack1 = container.lambda(container.strict(depth0, "label", {"start":{"line":13,"column":2},"end":{"line":13,"column":7}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":9}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "  Nothing pending.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "Done: "
    + ((stack1 = container.lambda(container.strict(depth0, "summary", {"start":{"line":1,"column":8},"end":{"line":1,"column":15}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"application"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"replanned"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/command.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Done: "
    + container.escapeExpression(container.lambda(container.strict(depth0, "summary", {"start":{"line":2,"column":52},"end":{"line":2,"column":59}} ), depth0))
    + "</h1>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"application"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"replanned"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":22,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:16px;margin:18px 0 4px;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"application"), "label", {"start":{"line":4,"column":48},"end":{"line":4,"column":65}} ), depth0))
    + "</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":10,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li>"
    + alias3(alias2(alias1(depth0, "what", {"start":{"line":7,"column":6},"end":{"line":7,"column":10}} ), depth0))
    + ": <strong>"
    + alias3(alias2(alias1(depth0, "when", {"start":{"line":7,"column":24},"end":{"line":7,"column":28}} ), depth0))
    + "</strong></li>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "<li>Nothing is pending for this application.</li>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<h2 style=\"font-size:16px;margin:18px 0 4px;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "label", {"start":{"line":14,"column":48},"end":{"line":14,"column":53}} ), depth0))
    + "</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"timeline"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<li>Nothing pending.</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
  "mail/forgotten.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return ":";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "      "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "\nIf you added the plan to your calendar, open the attached followup-plan.ics: it cancels those events.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "Deleted: everything followup kept about you\n\n  - "
    + ((stack1 = container.lambda(container.strict(depth0, "count", {"start":{"line":3,"column":6},"end":{"line":3,"column":11}} ), depth0)) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":13},"end":{"line":3,"column":44}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":9}}})) != null ? stack1 : "")
    + "  - every scheduled draft, your settings and the weekly digest\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasCalendar"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "\nfollowup keeps nothing more about you, and this is the last mail about it. To start again, forward an interview confirmation to me.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/forgotten.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return "<h1 style=\"font-size:20px;margin:0 0 12px;\">Deleted: everything followup kept about you</h1>\n<ul style=\"margin:0;padding-left:20px;\">\n<li>"
    + container.escapeExpression(container.lambda(container.strict(depth0, "count", {"start":{"line":4,"column":6},"end":{"line":4,"column":11}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasApplications"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":13},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "</li>\n<li>every scheduled draft, your settings and the weekly digest</li>\n</ul>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"hasCalendar"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + "<p>followup keeps nothing more about you, and this is the last mail about it. To start again, forward an interview confirmation to me.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ":\n<ul style=\"margin:4px 0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"applications"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "<p>If you added the plan to your calendar, open the attached followup-plan.ics: it cancels those events.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
  "mail/roster.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda;

  return "  - "
    + ((stack1 = alias2(alias1(depth0, "address", {"start":{"line":5,"column":6},"end":{"line":5,"column":13}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias2(alias1(depth0, "how", {"start":{"line":5,"column":19},"end":{"line":5,"column":22}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "  nobody\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, lookupProperty = container.lookupProperty;

  return ((stack1 = alias2(alias1(depth0, "summary", {"start":{"line":1,"column":2},"end":{"line":1,"column":9}} ), depth0)) != null ? stack1 : "")
    + "\n\nWho may use followup ("
    + ((stack1 = alias2(alias1(depth0, "count", {"start":{"line":3,"column":24},"end":{"line":3,"column":29}} ), depth0)) != null ? stack1 : "")
    + "):\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"users"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":8,"column":9}}})) != null ? stack1 : "")
    + "\nReply allow ADDRESS to let someone in, revoke ADDRESS to stop them, users for this list.\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"footer-text"),depth0,{"name":"footer-text","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/roster.html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 12px;\">"
    + alias3(alias2(alias1(depth0, "summary", {"start":{"line":2,"column":30},"end":{"line":2,"column":37}} ), depth0))
    + "</p>\n<h2 style=\"font-size:15px;margin:16px 0 6px;\">Who may use followup ("
    + alias3(alias2(alias1(depth0, "count", {"start":{"line":3,"column":70},"end":{"line":3,"column":75}} ), depth0))
    + ")</h2>\n<ul style=\"margin:0;padding-left:20px;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"users"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "")
    + "</ul>\n<p style=\"margin:16px 0 0;\">Reply <code>allow ADDRESS</code> to let someone in, <code>revoke ADDRESS</code> to stop them, <code>users</code> for this list.</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression;

  return "<li><code>"
    + alias3(alias2(alias1(depth0, "address", {"start":{"line":6,"column":12},"end":{"line":6,"column":19}} ), depth0))
    + "</code>: "
    + alias3(alias2(alias1(depth0, "how", {"start":{"line":6,"column":32},"end":{"line":6,"column":35}} ), depth0))
    + "</li>\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "<li>nobody</li>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
  "mail/unconfirmed.text.hbs": {"0":function(container,depth0,helpers,partials,data) {
    return "close-out";
},"1":function(container,depth0,helpers,partials,data) {
    return "draft";
},"2":function(container,depth0,helpers,partials,data) {
    return "  reply notes: with anything the note should mention, and the thank-you comes again with it.\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "  nothing is lost: the application is closed, as planned.\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "  there is no command to have it sent again; write it yourself, and reply sent once you have, so the later drafts know.\n";
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
    + ", but the mail service's answer never reached me, so I cannot tell whether it reached you. So that it never arrives twice, I will not send it again.\n\nIf it is not in your inbox or spam folder:\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"canRedraft"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
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
    + ", but the mail service's answer never reached me, so I cannot tell whether it reached you. So that it never arrives twice, I will not send it again.</p>\n<p>If it is not in your inbox or spam folder:\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"canRedraft"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "")
    + "</p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "close-out";
},"2":function(container,depth0,helpers,partials,data) {
    return "draft";
},"3":function(container,depth0,helpers,partials,data) {
    return "reply <code>notes:</code> with anything the note should mention, and the thank-you comes again with it.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"isCloseOut"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "nothing is lost: the application is closed, as planned.\n";
},"6":function(container,depth0,helpers,partials,data) {
    return "there is no command to have it sent again; write it yourself, and reply <code>sent</code> once you have, so the later drafts know.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.invokePartial(lookupProperty(partials,"layout"),depth0,{"name":"layout","fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"usePartial":true,"useData":true},
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
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"late"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send it as soon as you can: it was best sent by "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":3,"column":50},"end":{"line":3,"column":61}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send by "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"relative"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":8},"end":{"line":5,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":5,"column":61},"end":{"line":5,"column":72}} ), depth0)) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "relative", {"start":{"line":5,"column":33},"end":{"line":5,"column":48}} ), depth0)) != null ? stack1 : "")
    + ", ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "Why: "
    + ((stack1 = container.lambda(container.strict(depth0, "why", {"start":{"line":9,"column":7},"end":{"line":9,"column":10}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Cc:      "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"draft"), "cc", {"start":{"line":14,"column":11},"end":{"line":14,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Bcc:     "
    + ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"draft"), "bcc", {"start":{"line":17,"column":11},"end":{"line":17,"column":20}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "\nKeep followup in Bcc (the employer does not see it): its copy of what you send\ntells followup this draft went out, so there is no need to reply sent, and an\nanswer to it is matched to this application. Nothing is mailed back to you.\n";
},"8":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "  ["
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":37,"column":3},"end":{"line":37,"column":30}}})) != null ? stack1 : "")
    + "] "
    + ((stack1 = container.lambda(container.strict(depth0, "text", {"start":{"line":37,"column":34},"end":{"line":37,"column":38}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "x";
},"11":function(container,depth0,helpers,partials,data) {
    return " ";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sendBy"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + "\nTo:      "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "to", {"start":{"line":12,"column":11},"end":{"line":12,"column":19}} ), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"cc"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "Subject: "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "subject", {"start":{"line":19,"column":11},"end":{"line":19,"column":24}} ), depth0)) != null ? stack1 : "")
    + "\n------------------------------------------------------------------------\n"
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "text", {"start":{"line":21,"column":2},"end":{"line":21,"column":12}} ), depth0)) != null ? stack1 : "")
    + "\n------------------------------------------------------------------------\n\nOpen it, addressed and ready, in your mail client:\n"
    + ((stack1 = alias3(alias2(depth0, "mailto", {"start":{"line":25,"column":2},"end":{"line":25,"column":8}} ), depth0)) != null ? stack1 : "")
    + "\n\nOr open the attached "
    + ((stack1 = alias3(alias2(lookupProperty(depth0,"draft"), "filename", {"start":{"line":27,"column":23},"end":{"line":27,"column":37}} ), depth0)) != null ? stack1 : "")
    + ": it opens as an editable draft.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":33,"column":7}}})) != null ? stack1 : "")
    + "\nChecklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":9},"end":{"line":35,"column":78}}})) != null ? stack1 : "")
    + ":\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":38,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  "partials/draft-html.hbs": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:0 0 4px;font-size:18px;\"><strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"late"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":2,"column":50},"end":{"line":2,"column":223}}})) != null ? stack1 : "")
    + "</strong></p>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "Send it as soon as you can: it was best sent by "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":2,"column":119},"end":{"line":2,"column":130}} ), depth0))
    + ".";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "Send by "
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"sendBy"),"relative"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":149},"end":{"line":2,"column":200}}})) != null ? stack1 : "")
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "when", {"start":{"line":2,"column":202},"end":{"line":2,"column":213}} ), depth0))
    + ".";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"sendBy"), "relative", {"start":{"line":2,"column":174},"end":{"line":2,"column":189}} ), depth0))
    + ", ";
},"4":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 16px;color:#57606a;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "why", {"start":{"line":5,"column":44},"end":{"line":5,"column":47}} ), depth0))
    + "</p>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "<p style=\"margin:0 0 16px;font-size:13px;color:#57606a;\">Keep followup in Bcc (the employer does not see it): its copy of what you send tells followup this draft went out, so there is no need to reply <strong>sent</strong>, and an answer to it is matched to this application. Nothing is mailed back to you.</p>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Cc</td><td style=\"padding:2px 0;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"draft"), "cc", {"start":{"line":13,"column":216},"end":{"line":13,"column":224}} ), depth0))
    + "</td></tr>";
},"7":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty;

  return "<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Bcc</td><td style=\"padding:2px 0;word-break:break-all;\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"draft"), "bcc", {"start":{"line":13,"column":372},"end":{"line":13,"column":381}} ), depth0))
    + "</td></tr>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<p style=\"margin:10px 0;\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":26},"end":{"line":18,"column":249}}})) != null ? stack1 : "")
    + "</p>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,depth0,{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":40},"end":{"line":18,"column":208}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":208},"end":{"line":18,"column":240}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"slot"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":18,"column":54},"end":{"line":18,"column":199}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    return "<span style=\"background:#fff8c5;color:#1f2328;padding:0 2px;border-bottom:1px dashed #9a6700;\">"
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":18,"column":163},"end":{"line":18,"column":167}} ), depth0))
    + "</span>";
},"12":function(container,depth0,helpers,partials,data) {
    return container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":18,"column":186},"end":{"line":18,"column":190}} ), depth0));
},"13":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"14":function(container,depth0,helpers,partials,data) {
    return " (needs a look before you send it)";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty;

  return "<li style=\"margin:2px 0;\">"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ok"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.program(17, data, 0),"data":data,"loc":{"start":{"line":24,"column":26},"end":{"line":24,"column":139}}})) != null ? stack1 : "")
    + " "
    + container.escapeExpression(container.lambda(container.strict(depth0, "text", {"start":{"line":24,"column":142},"end":{"line":24,"column":146}} ), depth0))
    + "</li>\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#1a7f37;\">&#10003;</span>";
},"17":function(container,depth0,helpers,partials,data) {
    return "<span style=\"color:#cf222e;\">&#10007;</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty;

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"sendBy"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":0},"end":{"line":3,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":6,"column":7}}})) != null ? stack1 : "")
    + "<p style=\"margin:16px 0 6px;\"><a href=\""
    + alias4(alias3(alias2(depth0, "mailto", {"start":{"line":7,"column":41},"end":{"line":7,"column":47}} ), depth0))
    + "\" style=\"display:inline-block;padding:10px 18px;background:#1a7f37;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;\">Open the draft in my mail client</a></p>\n<p style=\"margin:0 0 16px;font-size:13px;color:#57606a;\">Or open the attached "
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "filename", {"start":{"line":8,"column":80},"end":{"line":8,"column":94}} ), depth0))
    + ": it opens as an editable draft.</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"font-size:14px;border-collapse:collapse;margin:0 0 8px;\">\n<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">To</td><td style=\"padding:2px 0;\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "to", {"start":{"line":13,"column":90},"end":{"line":13,"column":98}} ), depth0))
    + "</td></tr>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"cc"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":110},"end":{"line":13,"column":243}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"bcc"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":243},"end":{"line":13,"column":400}}})) != null ? stack1 : "")
    + "\n<tr><td style=\"padding:2px 12px 2px 0;color:#57606a;\">Subject</td><td style=\"padding:2px 0;\">"
    + alias4(alias3(alias2(lookupProperty(depth0,"draft"), "subject", {"start":{"line":14,"column":95},"end":{"line":14,"column":108}} ), depth0))
    + "</td></tr>\n</table>\n<div style=\"border-left:3px solid #d0d7de;padding:4px 16px;background:#ffffff;font-family:Georgia,'Times New Roman',serif;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"draft"),"paragraphs"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + "</div>\n<h2 style=\"font-size:15px;margin:20px 0 6px;\">Checklist"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"ok"),{"name":"unless","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":55},"end":{"line":21,"column":124}}})) != null ? stack1 : "")
    + "</h2>\n<ul style=\"list-style:none;padding:0;margin:0;\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"checklist"),"items"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":9}}})) != null ? stack1 : "")
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
