namespace Hotline.Domain.Reviews.Checks;

/// <summary>
/// A kind of check as rules name it: its code, what it needs from the rule, and how to build it.
/// A new kind is a new class and one line in <see cref="ReplyChecks"/>.
/// </summary>
public sealed record CheckKind(string Code, string Text, bool NeedsTerms, bool NeedsMin, Func<RuleCheck, IReplyCheck> Build);
