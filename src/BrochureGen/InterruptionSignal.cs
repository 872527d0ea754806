using System.Runtime.InteropServices;

namespace BrochureGen.Cli;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation the build checks between editions,
/// so an interrupted build finishes publishing the edition it is writing (its files are staged
/// and renamed together, AtomicFileSet) and leaves no partial output behind.
/// </summary>
internal sealed class InterruptionSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public InterruptionSignal()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Keep the process alive until the build has stopped cleanly.
        context.Cancel = true;
        _source.Cancel();
    }
}
