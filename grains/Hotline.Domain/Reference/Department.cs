namespace Hotline.Domain.Reference;

/// <summary>
/// A department or company that handles orders. <see cref="Owns"/> is its responsibility list
/// (职责清单): the categories it is answerable for.
/// </summary>
public sealed record Department(string Code, string Name, string Kind, IReadOnlyList<string> Owns, string? District);
