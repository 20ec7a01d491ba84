namespace Hotline.Grains.Routing;

public static class RoutingTexts
{
    public static string TooFewSamples(int count, int minimum) => $"已办结工单仅 {count} 件，少于训练所需的 {minimum} 件，暂不训练";

    public static string TrainingFailed(string message) => $"模型训练失败：{message}";
}
