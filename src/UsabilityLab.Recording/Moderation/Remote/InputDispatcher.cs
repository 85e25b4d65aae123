using Microsoft.Playwright;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// Sends checked inputs to the page the participant looks at, through its own DevTools session
/// (<c>Input.dispatchMouseEvent</c>, <c>dispatchKeyEvent</c>, <c>insertText</c>, <c>dispatchTouchEvent</c>): real,
/// trusted input, which the in-page recorder records like a person's at the lab's keyboard. One at a time and in
/// order, as a person's hands produce them.
/// </summary>
internal sealed class InputDispatcher(Func<IPage?> activePage) : IAsyncDisposable
{
    private readonly SemaphoreSlim _order = new(1, 1);
    private IPage? _page;
    private ICDPSession? _cdp;

    /// <summary>Dispatches <paramref name="input"/>; null when it was delivered, else why not (no page, the page went away).</summary>
    public async Task<string?> DispatchAsync(ParticipantInput input)
    {
        await _order.WaitAsync();
        try
        {
            if (await SessionAsync() is not { } cdp)
            {
                return "the participant's browser has no open page";
            }

            foreach (var (method, args) in Commands(input))
            {
                await cdp.SendAsync(method, args);
            }

            return null;
        }
        catch (PlaywrightException ex)
        {
            _cdp = null; // navigated away or closed: a new session next time
            _page = null;
            return $"the page did not take the input: {ex.Message.Split('\n', 2)[0]}";
        }
        finally
        {
            _order.Release();
        }
    }

    private async Task<ICDPSession?> SessionAsync()
    {
        var page = activePage();
        if (page is null)
        {
            return null;
        }

        if (!ReferenceEquals(page, _page) || _cdp is null)
        {
            await DetachAsync();
            _cdp = await page.Context.NewCDPSessionAsync(page);
            _page = page;
        }

        return _cdp;
    }

    private static IEnumerable<(string Method, Dictionary<string, object> Args)> Commands(ParticipantInput input)
    {
        switch (input.Kind)
        {
            case InputKind.Mouse:
                yield return ("Input.dispatchMouseEvent", new()
                {
                    ["type"] = input.Type, ["x"] = input.X, ["y"] = input.Y, ["button"] = input.Button, ["buttons"] = input.Buttons,
                    ["clickCount"] = input.ClickCount, ["modifiers"] = input.Modifiers,
                });
                break;
            case InputKind.Wheel:
                yield return ("Input.dispatchMouseEvent", new()
                {
                    ["type"] = "mouseWheel", ["x"] = input.X, ["y"] = input.Y, ["deltaX"] = input.DeltaX, ["deltaY"] = input.DeltaY, ["modifiers"] = input.Modifiers,
                });
                break;
            case InputKind.Key:
                var key = RemoteKeys.Find(input.Key)!;
                // A key that types (Enter, Space, a letter) goes down as keyDown with its text, as Playwright's keyboard
                // does; with Ctrl/Alt/Meta held it is a shortcut and types nothing.
                var types = key.Text is not null && (input.Modifiers & 0b0111) == 0;
                var args = new Dictionary<string, object>
                {
                    ["type"] = input.Type == "keyUp" ? "keyUp" : types ? "keyDown" : "rawKeyDown",
                    ["key"] = input.Key!, ["code"] = key.Code, ["windowsVirtualKeyCode"] = key.KeyCode, ["nativeVirtualKeyCode"] = key.KeyCode,
                    ["modifiers"] = input.Modifiers,
                };
                if (input.Type == "keyDown" && types)
                {
                    args["text"] = key.Text!;
                    args["unmodifiedText"] = key.Text!;
                }

                yield return ("Input.dispatchKeyEvent", args);
                break;
            case InputKind.Text or InputKind.Paste:
                yield return ("Input.insertText", new() { ["text"] = input.Text! });
                break;
            case InputKind.Touch:
                yield return ("Input.dispatchTouchEvent", new()
                {
                    ["type"] = input.Type,
                    ["touchPoints"] = input.Points.Select(p => new Dictionary<string, object> { ["x"] = p.X, ["y"] = p.Y, ["id"] = p.Id }).ToArray(),
                    ["modifiers"] = input.Modifiers,
                });
                break;
        }
    }

    private async Task DetachAsync()
    {
        if (_cdp is { } cdp)
        {
            _cdp = null;
            try
            {
                await cdp.DetachAsync();
            }
            catch (PlaywrightException)
            {
                // Gone with its page.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _order.WaitAsync();
        try
        {
            await DetachAsync();
        }
        finally
        {
            _order.Release();
        }
    }
}
