using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The host side of the task panel (<c>Scripts/panel.js</c>): one binding per participant context through which every
/// page fetches and long-polls the panel's state and reports the participant's actions. The state lives here, not in
/// the page, so it survives navigations, reloads, popups and even a new browser after a crash.
/// </summary>
internal sealed class PanelChannel(Func<PanelAction, Task> onAction)
{
    public const string BindingName = "__labPanel";

    /// <summary>A waiting page gets an answer at least this often, so a lost wake-up costs at most this long.</summary>
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly Lazy<string> Script = new(() => RecorderScript.ReadResource("panel.js"));

    /// <summary>The panel's JavaScript source.</summary>
    public static string Code => Script.Value;
    private readonly Lock _gate = new();
    private PanelView _view = new(0, ModerationPhase.Waiting, null, false, null, new PanelUi(false, null, null));
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PanelView View
    {
        get { lock (_gate) { return _view; } }
    }

    /// <summary>Installs the binding and the panel script in a participant context, before its first page.</summary>
    public async Task AttachAsync(IBrowserContext context)
    {
        await context.ExposeBindingAsync(BindingName, (BindingSource _, string json) => CallAsync(json));
        await context.AddInitScriptAsync(Script.Value);
    }

    /// <summary>Shows new content on every page's panel (waiting pages are woken).</summary>
    public void Show(ModerationPhase phase, PanelTask? task, bool paused, QuestionItem? question)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _view = _view with { V = _view.V + 1, Phase = phase, Task = task, Paused = paused, Question = question };
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>One call of the panel's protocol (a page's binding, or a remote participant page's request): the view after it.</summary>
    public async Task<string> CallAsync(string json)
    {
        PanelMessage message;
        try
        {
            message = JsonSerializer.Deserialize<PanelMessage>(json, Json) ?? new PanelMessage();
        }
        catch (JsonException)
        {
            return Serialize(View);
        }

        switch (message.Type)
        {
            case "wait":
                await WaitForChangeAsync(message.V ?? -1);
                break;
            case "ui":
                lock (_gate)
                {
                    _view = _view with { Ui = new PanelUi(message.Collapsed ?? false, message.X, message.Y) };
                }

                break;
            case "start" or "done" or "giveup" or "answer":
                // An action taken on content that has since changed (a double click, a second tab) is dropped.
                if (message.V == View.V)
                {
                    await onAction(new PanelAction(message.Type, message.Value));
                }

                break;
        }

        return Serialize(View);
    }

    private async Task WaitForChangeAsync(int seen)
    {
        Task changed;
        lock (_gate)
        {
            if (_view.V > seen)
            {
                return;
            }

            changed = _changed.Task;
        }

        await Task.WhenAny(changed, Task.Delay(WaitLimit));
    }

    private static string Serialize(PanelView view) => JsonSerializer.Serialize(view, Json);

    private sealed record PanelMessage
    {
        public string Type { get; init; } = "";
        public int? V { get; init; }
        public int? Value { get; init; }
        public bool? Collapsed { get; init; }
        public double? X { get; init; }
        public double? Y { get; init; }
    }
}

/// <summary>What the participant did in the panel.</summary>
/// <param name="Type"><c>start</c>, <c>done</c>, <c>giveup</c> or <c>answer</c>.</param>
/// <param name="Value">The chosen answer for <c>answer</c>.</param>
internal sealed record PanelAction(string Type, int? Value);

/// <summary>The panel's content: a version (newer wins), a phase and what that phase shows.</summary>
internal sealed record PanelView(int V, ModerationPhase Phase, PanelTask? Task, bool Paused, QuestionItem? Question, PanelUi Ui);

/// <summary>The task shown: 1-based position, count, title and prompt.</summary>
internal sealed record PanelTask(int Index, int Count, string Title, string Prompt);

/// <summary>Where the participant left the panel: collapsed or not, and its top-left corner (null = default corner).</summary>
internal sealed record PanelUi(bool Collapsed, double? X, double? Y);
