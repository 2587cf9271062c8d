namespace CraftCartAdmin.ScoreSandbox;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SandboxFaultKind>))]
public enum SandboxFaultKind
{
    None,
    /// <summary>HTTP 503 without touching the transaction.</summary>
    ServerError,
    /// <summary>Hangs longer than the client waits, without touching the transaction.</summary>
    Timeout,
    /// <summary>HTTP 200 with a body that is not XML, without touching the transaction.</summary>
    MalformedBody,
    /// <summary>The call takes effect, then the connection hangs and is dropped: the client never sees the answer.</summary>
    AnswerLost,
}

/// <summary>Fault settings, as configured (<c>Score:Sandbox:Faults</c>) and as the control endpoint accepts them.</summary>
public sealed class SandboxFaultSettings
{
    public int LatencyMs { get; set; }
    public double ServerErrorShare { get; set; }
    public double TimeoutShare { get; set; }
    public double MalformedShare { get; set; }
    public double AnswerLostShare { get; set; }
    /// <summary>How long a timeout or lost answer hangs; longer than the client's timeout (30 s) by default.</summary>
    public int HangMs { get; set; } = 60_000;
    public int Seed { get; set; } = 42;
    /// <summary>Faults for the next calls, in order, before the shares apply; makes a test deterministic.</summary>
    public List<SandboxFaultKind> Next { get; set; } = [];
}

/// <summary>The fault plan in force, shared by all requests and changeable at runtime; seeded for reproducibility.</summary>
public sealed class SandboxFaults
{
    private readonly Lock gate = new();
    private SandboxFaultSettings settings = new();
    private Queue<SandboxFaultKind> next = new();
    private Random random = new(42);

    public SandboxFaults(SandboxFaultSettings initial) => Apply(initial);

    private long callsSeen;

    /// <summary>Protocol calls that reached the sandbox, faulted or not; lets a test count the client's attempts.</summary>
    public long CallsSeen => Interlocked.Read(ref callsSeen);

    public TimeSpan Latency { get { lock (gate) return TimeSpan.FromMilliseconds(settings.LatencyMs); } }

    public TimeSpan Hang { get { lock (gate) return TimeSpan.FromMilliseconds(settings.HangMs); } }

    /// <summary>Replaces the whole plan and reseeds the random source.</summary>
    public void Apply(SandboxFaultSettings newSettings)
    {
        lock (gate)
        {
            settings = new SandboxFaultSettings
            {
                LatencyMs = Math.Max(0, newSettings.LatencyMs),
                ServerErrorShare = newSettings.ServerErrorShare,
                TimeoutShare = newSettings.TimeoutShare,
                MalformedShare = newSettings.MalformedShare,
                AnswerLostShare = newSettings.AnswerLostShare,
                HangMs = Math.Max(0, newSettings.HangMs),
                Seed = newSettings.Seed,
            };
            next = new Queue<SandboxFaultKind>(newSettings.Next);
            random = new Random(newSettings.Seed);
        }
    }

    public SandboxFaultSettings Snapshot()
    {
        lock (gate)
        {
            return new SandboxFaultSettings
            {
                LatencyMs = settings.LatencyMs, ServerErrorShare = settings.ServerErrorShare,
                TimeoutShare = settings.TimeoutShare, MalformedShare = settings.MalformedShare,
                AnswerLostShare = settings.AnswerLostShare, HangMs = settings.HangMs, Seed = settings.Seed,
                Next = [.. next],
            };
        }
    }

    /// <summary>The fault for the call now arriving.</summary>
    public SandboxFaultKind Draw()
    {
        Interlocked.Increment(ref callsSeen);
        lock (gate)
        {
            if (next.TryDequeue(out var scripted)) return scripted;
            var roll = random.NextDouble();
            foreach (var (kind, share) in new[]
                     {
                         (SandboxFaultKind.ServerError, settings.ServerErrorShare), (SandboxFaultKind.Timeout, settings.TimeoutShare),
                         (SandboxFaultKind.MalformedBody, settings.MalformedShare), (SandboxFaultKind.AnswerLost, settings.AnswerLostShare),
                     })
            {
                if (roll < share) return kind;
                roll -= share;
            }
            return SandboxFaultKind.None;
        }
    }
}
