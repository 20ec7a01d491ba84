using Hotline.Domain.Callers;

namespace Hotline.Grains.Callers;

public sealed class CallerState
{
    /// <summary>The caller's bounded history (来电人画像), kept by the domain.</summary>
    public CallerHistoryData History { get; set; } = new();
}
