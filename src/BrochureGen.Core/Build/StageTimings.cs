using System.Diagnostics;

namespace BrochureGen.Build;

/// <summary>One stage's share of a build: wall time and bytes allocated on the thread that ran it.</summary>
public readonly record struct StageTiming(string Name, TimeSpan Wall, long AllocatedBytes);

/// <summary>
/// Where the time and allocations of one piece of work (an edition, or the build around the
/// editions) went, stage by stage. Measuring is two clock reads and two reads of the thread's
/// allocation counter a stage, so it is always on and <c>--timings</c> only decides whether it is
/// shown; a stage that runs several times (a PNG per page) is summed under its name. Not shared
/// between threads: an edition is built on one thread, and the build's own stages run on the
/// thread that started it.
/// </summary>
public sealed class StageTimings
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Measures the work done until the returned scope is disposed, as <paramref name="stage"/>.</summary>
    public Scope Stage(string stage) => new(this, stage, Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

    private void Add(string stage, TimeSpan wall, long allocated)
    {
        var index = _stages.FindIndex(s => s.Name == stage);
        if (index < 0)
        {
            _stages.Add(new StageTiming(stage, wall, allocated));
        }
        else
        {
            var earlier = _stages[index];
            _stages[index] = earlier with { Wall = earlier.Wall + wall, AllocatedBytes = earlier.AllocatedBytes + allocated };
        }
    }

    /// <summary>A stage being measured; disposing it records it.</summary>
    public readonly struct Scope(StageTimings owner, string stage, long started, long allocatedBefore) : IDisposable
    {
        public void Dispose() => owner.Add(stage, Stopwatch.GetElapsedTime(started), GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }
}
