using Microsoft.ML;
using Microsoft.ML.Data;

namespace Hotline.Intelligence.Routing;

/// <summary>
/// Suggests the most likely labels (departments, or category codes) for an order from its text, recorded
/// category and district. Trained on closed orders; saved and loaded as bytes; <see cref="Predict"/> is thread-safe.
/// </summary>
public sealed class TextClassifier
{
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly TextTokenization _tokenization;
    private readonly string[] _labels;
    private readonly PredictionEnginePool _engines;

    private TextClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, TextTokenization tokenization, int trainedOn, DateTimeOffset trainedAt)
    {
        _model = model;
        _inputSchema = inputSchema;
        _tokenization = tokenization;
        _labels = LabelsOf(model, inputSchema);
        _engines = new PredictionEnginePool(ml, model, inputSchema);
        TrainedOn = trainedOn;
        TrainedAt = trainedAt;
    }

    /// <summary>Number of labelled samples the model was fitted on.</summary>
    public int TrainedOn { get; }

    /// <summary>Every label the model can suggest, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    public DateTimeOffset TrainedAt { get; }

    public static TextClassifier Train(IReadOnlyCollection<RoutingSample> samples, DateTimeOffset trainedAt, int seed = 1) =>
        Train(samples, trainedAt, TextClassifierOptions.Default, seed);

    /// <exception cref="ArgumentException">Fewer than two distinct labels, or too few labelled samples.</exception>
    public static TextClassifier Train(IReadOnlyCollection<RoutingSample> samples, DateTimeOffset trainedAt, TextClassifierOptions options, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        var rows = TrainingRows(samples, options);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var model = RoutingPipeline.Build(ml, options).Fit(data);
        return new TextClassifier(ml, model, data.Schema, options.Tokenization, rows.Length, trainedAt);
    }

    /// <summary>The <paramref name="top"/> most likely labels, most likely first, with softmax probabilities.</summary>
    public IReadOnlyList<Suggestion> Predict(RoutingInput input, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var scores = _engines.Score(RoutingFeatures.ToRow(input, _tokenization));
        return TopK.Of(scores, _labels, top);
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        new MLContext().Model.Save(_model, _inputSchema, stream);
        return new ModelEnvelope(_tokenization, TrainedOn, TrainedAt, stream.ToArray()).ToBytes();
    }

    /// <exception cref="ArgumentException">The bytes are not a model written by <see cref="ToBytes"/>.</exception>
    public static TextClassifier FromBytes(byte[] model)
    {
        var envelope = ModelEnvelope.Read(model);
        var ml = new MLContext();
        using var stream = new MemoryStream(envelope.Model, writable: false);
        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            transformer = ml.Model.Load(stream, out inputSchema);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The checksum passed, so this is a model ML.NET itself cannot read (e.g. written by another version).
            throw new ArgumentException("Routing classifier model could not be read by ML.NET.", nameof(model), e);
        }
        return new TextClassifier(ml, transformer, inputSchema, envelope.Tokenization, envelope.TrainedOn, envelope.TrainedAt);
    }

    private static RoutingRow[] TrainingRows(IReadOnlyCollection<RoutingSample> samples, TextClassifierOptions options)
    {
        var rows = samples
            .Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Label))
            .Select(s => RoutingFeatures.ToRow(s, options.Tokenization))
            .ToArray();
        var labels = rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count();
        if (labels < 2)
        {
            throw new ArgumentException(
                $"Training needs at least 2 distinct labels; the {rows.Length} labelled samples have {labels}.", nameof(samples));
        }
        if (rows.Length < options.MinimumSamples)
        {
            throw new ArgumentException(
                $"Training needs at least {options.MinimumSamples} labelled samples; got {rows.Length}.", nameof(samples));
        }
        return rows;
    }

    // Score slot i belongs to label key i + 1; the key values are the label strings in first-seen order.
    private static string[] LabelsOf(ITransformer model, DataViewSchema inputSchema)
    {
        var labelColumn = model.GetOutputSchema(inputSchema)[RoutingPipeline.Label];
        VBuffer<ReadOnlyMemory<char>> keys = default;
        labelColumn.GetKeyValues(ref keys);
        return [.. keys.DenseValues().Select(k => k.ToString())];
    }
}
