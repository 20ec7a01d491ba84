namespace Hotline.Dashboard.Live;

/// <summary>Puts one flush on the wire; the task completes when every send of it has.</summary>
public interface ILiveSender
{
    Task Send(LiveFlush flush, CancellationToken cancellationToken);
}
