using System.Text;

namespace CraftCartAdmin.Score;

/// <summary>
/// SCORE's answer as it came off the wire: <see cref="Text"/> is always readable, for the audit log,
/// and <see cref="Problem"/> says in Japanese why it cannot be used, when it cannot.
/// </summary>
internal sealed record ScoreAnswerBody(string Text, string? Problem)
{
    private const int MiB = 1024 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> within <paramref name="timeout"/>. The resilience
    /// pipeline's timeouts end once the headers are in, so the body needs a bound of its own.
    /// </summary>
    public static async Task<ScoreAnswerBody> ReadAsync(HttpContent content, int maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > maxBytes) return new("", TooLarge(maxBytes));

        using var received = new MemoryStream();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        string? problem = null;
        try
        {
            await using var stream = await content.ReadAsStreamAsync(deadline.Token);
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, deadline.Token)) > 0)
            {
                var room = maxBytes - (int)received.Length;
                received.Write(chunk, 0, Math.Min(read, room));
                if (read > room)
                {
                    problem = TooLarge(maxBytes);
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            problem = "SCORE の応答が途中で切れました（受信中に接続が切れました）";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = "SCORE の応答の受信がタイムアウトしました";
        }
        return Decode(received.GetBuffer().AsSpan(0, (int)received.Length), problem);
    }

    /// <summary>SCORE speaks UTF-8 (SCORE-API.md "Transport"); other bytes are refused rather than silently replaced.</summary>
    public static ScoreAnswerBody Decode(ReadOnlySpan<byte> bytes, string? problem = null)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        try
        {
            return new(StrictUtf8.GetString(bytes), problem);
        }
        catch (DecoderFallbackException)
        {
            // Kept for the audit log with each bad byte shown as U+FFFD.
            return new(Encoding.UTF8.GetString(bytes), problem ?? "SCORE の応答が UTF-8 として読めません（文字コードが違うか、壊れています）");
        }
    }

    public static string TooLarge(int maxBytes) => $"SCORE の応答が大きすぎます（上限 {Size(maxBytes)}）";

    private static string Size(int bytes) =>
        bytes % MiB == 0 ? $"{bytes / MiB} MB" : bytes % 1024 == 0 ? $"{bytes / 1024} KB" : $"{bytes} バイト";
}
