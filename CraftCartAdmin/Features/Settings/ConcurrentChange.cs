using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Settings;

/// <summary>
/// Saves a settings change and turns a conflict with another user's simultaneous change (a code taken in the
/// meantime, a method that an order started to use) into a refusal the page can show, instead of an error page.
/// </summary>
internal static class ConcurrentChange
{
    public const string Refusal = "他の操作と同時に保存されたため、登録できませんでした。画面を再読み込みしてから、もう一度お試しください。";

    public static async Task<SettingsResult> SaveAsync(DbContext db, ILogger logger, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return SettingsResult.Ok;
        }
        catch (DbUpdateException e)
        {
            logger.LogWarning(e, "A settings change conflicted with a concurrent change and was not saved.");
            return SettingsResult.Refused(Refusal);
        }
    }
}
