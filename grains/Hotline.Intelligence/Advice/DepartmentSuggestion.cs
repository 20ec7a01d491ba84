namespace Hotline.Intelligence.Advice;

/// <summary>One suggested lead department with a confidence in [0, 1] and where it came from.</summary>
public sealed record DepartmentSuggestion(string Department, double Confidence, string Source);
