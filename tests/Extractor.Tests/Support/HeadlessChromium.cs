using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Extractor.Tests.Support;

/// <summary>
/// Headless Chromium driven over the DevTools protocol (a WebSocket; no driver, no package): navigate, evaluate
/// JavaScript, click and type with real input events, and accept downloads into a folder. Tests skip when
/// <see cref="Path"/> is absent.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    public const string Path = "/usr/bin/chromium";
    static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    readonly Process _process;
    readonly ClientWebSocket _page = new();
    readonly ClientWebSocket _browser = new();
    int _id;

    public HeadlessChromium(string profileDir)
    {
        Directory.CreateDirectory(profileDir);
        var start = new ProcessStartInfo(Path) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--remote-debugging-port=0", "--window-size=1400,900",
                     "--user-data-dir=" + profileDir, "about:blank" })
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        _ = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();

        // Chromium writes its port and browser endpoint into the profile once it listens.
        var portFile = System.IO.Path.Combine(profileDir, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        string[] lines = Array.Empty<string>();
        while (clock.Elapsed < Wait)
        {
            if (File.Exists(portFile) && (lines = File.ReadAllLines(portFile)).Length >= 2) break;
            Thread.Sleep(100);
        }
        if (lines.Length < 2) throw new InvalidOperationException("chromium did not open its DevTools port");
        var port = lines[0].Trim();
        using var http = new HttpClient();
        var targets = JArray.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").GetAwaiter().GetResult());
        var page = targets.First(t => (string?)t["type"] == "page");
        _page.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), CancellationToken.None).GetAwaiter().GetResult();
        _browser.ConnectAsync(new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}"), CancellationToken.None).GetAwaiter().GetResult();
    }

    public JObject Send(string method, object? parameters = null, bool browser = false)
    {
        var socket = browser ? _browser : _page;
        var id = Interlocked.Increment(ref _id);
        var message = new JObject { ["id"] = id, ["method"] = method, ["params"] = parameters is null ? new JObject() : JObject.FromObject(parameters) };
        var bytes = Encoding.UTF8.GetBytes(message.ToString());
        using var cancel = new CancellationTokenSource(Wait);
        socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancel.Token).GetAwaiter().GetResult();
        while (true)
        {
            var reply = Receive(socket, cancel.Token);
            if ((int?)reply["id"] != id) continue; // an event
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method}: {error}");
            return (JObject)reply["result"]!;
        }
    }

    static JObject Receive(ClientWebSocket socket, CancellationToken cancel)
    {
        var buffer = new byte[1 << 16];
        using var ms = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = socket.ReceiveAsync(buffer, cancel).GetAwaiter().GetResult();
            ms.Write(buffer, 0, result.Count);
        } while (!result.EndOfMessage);
        return JObject.Parse(Encoding.UTF8.GetString(ms.ToArray()));
    }

    /// <summary>Evaluates a JavaScript expression and returns its value (JSON-serialisable values only).</summary>
    public JToken? Eval(string expression)
    {
        var r = Send("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (r["exceptionDetails"] is { } e) throw new InvalidOperationException($"script failed: {e}");
        return r["result"]?["value"];
    }

    public void Navigate(string url)
    {
        Send("Page.enable");
        Send("Page.navigate", new { url });
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Wait && (string?)Eval("document.readyState") != "complete") Thread.Sleep(100);
    }

    /// <summary>Downloads go to <paramref name="dir"/> without asking.</summary>
    public void AllowDownloads(string dir)
    {
        Directory.CreateDirectory(dir);
        Send("Browser.setDownloadBehavior", new { behavior = "allow", downloadPath = dir }, browser: true);
    }

    /// <summary>A real mouse click at the centre of the first element matching <paramref name="selector"/> (scrolled into view first).</summary>
    public void Click(string selector)
    {
        var js = $"(function(){{var e=document.querySelector({Quote(selector)});e.scrollIntoView({{block:'center'}});var r=e.getBoundingClientRect();return [r.left+r.width/2,r.top+r.height/2];}})()";
        var xy = (JArray)Eval(js)!;
        double x = (double)xy[0], y = (double)xy[1];
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
            Send("Input.dispatchMouseEvent", new { type, x, y, button = "left", clickCount = 1 });
    }

    public void Type(string text) => Send("Input.insertText", new { text });

    public static string Quote(string s) => Newtonsoft.Json.JsonConvert.ToString(s);

    public void Dispose()
    {
        try { _page.Dispose(); _browser.Dispose(); } catch (Exception) { }
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); _process.WaitForExit(10_000); } catch (Exception) { }
        _process.Dispose();
    }
}
