namespace Hotline.Domain.Reviews;

/// <summary>
/// One rule's verdict on one reply; the message says in Chinese what is missing (empty when it passed). The check kind
/// tells a reviewer's page which failures are perfunctory answers (not-template).
/// </summary>
public sealed record RuleResult(string RuleId, string Name, bool Passed, string Message, bool Blocking, string Kind = "");
