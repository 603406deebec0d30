using System.Diagnostics;

namespace Referater.Site.Pipeline;

/// <summary>How long each stage of a run took (for <c>--verbose</c>), and who to tell when a stage starts (the progress display).</summary>
public sealed class StageTimings(Action<string>? started = null)
{
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public TimeSpan Elapsed => _total.Elapsed;

    public T Measure<T>(string stage, Func<T> action)
    {
        started?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var result = action();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public void Measure(string stage, Action action) =>
        Measure<object?>(stage, () =>
        {
            action();
            return null;
        });

    public async Task<T> MeasureAsync<T>(string stage, Func<Task<T>> action)
    {
        started?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        var result = await action();
        _stages.Add((stage, watch.Elapsed));
        return result;
    }

    public async Task MeasureAsync(string stage, Func<Task> action)
    {
        started?.Invoke(stage);
        var watch = Stopwatch.StartNew();
        await action();
        _stages.Add((stage, watch.Elapsed));
    }
}
