using System.Reflection;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// An <see cref="IPage"/> without a browser, for the runner's timing logic on a fake clock: it keeps the handlers of the
/// events it is given and raises them when told, answers <c>EvaluateAsync</c> by the result type asked for, and throws
/// for anything else, so a test notices when the code under test starts asking the page for more.
/// </summary>
public class FakePage : DispatchProxy
{
    private readonly Dictionary<string, List<Delegate>> _handlers = new(StringComparer.Ordinal);
    private Func<Type, object> _evaluate = type => throw new NotSupportedException($"EvaluateAsync for {type}");
    private IFrame? _mainFrame;

    /// <summary>The page, and the fake behind it that a test drives.</summary>
    /// <param name="evaluate">The task to answer an <c>EvaluateAsync</c> with, by its return type (<c>Task&lt;bool&gt;</c>, ...).</param>
    public static (IPage Page, FakePage Fake) Create(Func<Type, object>? evaluate = null)
    {
        var page = Create<IPage, FakePage>();
        var fake = (FakePage)(object)page;
        fake._evaluate = evaluate ?? fake._evaluate;
        fake._mainFrame = NewFrame();
        return (page, fake);
    }

    /// <summary>The page's main frame: an object that answers nothing, to tell it apart from another frame.</summary>
    public IFrame MainFrame => _mainFrame!;

    /// <summary>Raises the page's event <paramref name="name"/> (<c>Request</c>, <c>FrameNavigated</c>, ...) with <paramref name="arg"/>.</summary>
    public void Raise<T>(string name, T arg)
    {
        foreach (var handler in _handlers.GetValueOrDefault(name, []).ToList())
        {
            ((EventHandler<T>)handler)(this, arg);
        }
    }

    /// <summary>A request for <see cref="Raise{T}"/>: an object that answers nothing, told apart from others by reference.</summary>
    public static IRequest NewRequest() => Create<IRequest, Nothing>();

    /// <summary>A frame other than the main one, for <see cref="Raise{T}"/>.</summary>
    public static IFrame NewFrame() => Create<IFrame, Nothing>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var name = targetMethod?.Name ?? "";
        switch (name)
        {
            case var add when add.StartsWith("add_", StringComparison.Ordinal):
                Handlers(add[4..]).Add((Delegate)args![0]!);
                return null;
            case var remove when remove.StartsWith("remove_", StringComparison.Ordinal):
                Handlers(remove[7..]).Remove((Delegate)args![0]!);
                return null;
            case nameof(IPage.EvaluateAsync):
                return _evaluate(targetMethod!.ReturnType);
            case "get_MainFrame":
                return _mainFrame;
            case "get_IsClosed":
                return false;
            default:
                throw new NotSupportedException(name);
        }
    }

    private List<Delegate> Handlers(string name) => _handlers.TryGetValue(name, out var list) ? list : _handlers[name] = [];

    /// <summary>A stand-in that answers no call.</summary>
    public class Nothing : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => throw new NotSupportedException(targetMethod?.Name);
    }
}
