namespace Hotline.Domain.Callers;

/// <summary>How often the caller calls, as the seat is told (see <see cref="CallerTexts.FrequencyText"/>).</summary>
public enum CallerFrequency
{
    /// <summary>首次来电: no earlier order.</summary>
    FirstCall,
    /// <summary>偶尔来电.</summary>
    Occasional,
    /// <summary>重复来电: the same topic again within 30 days, or several open orders on one topic.</summary>
    Repeated,
    /// <summary>频繁来电: at least <see cref="CallerHistory.FrequentCalls"/> orders in the last 30 days.</summary>
    Frequent,
}
