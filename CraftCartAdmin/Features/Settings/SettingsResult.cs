namespace CraftCartAdmin.Features.Settings;

/// <summary>
/// The outcome of a settings or user command: success, or the Japanese reasons it was refused,
/// ready to show in a MudAlert.
/// </summary>
public sealed record SettingsResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static SettingsResult Ok { get; } = new(true, []);

    public static SettingsResult Refused(params string[] errors) => new(false, errors);

    public static SettingsResult From(IReadOnlyList<string> errors) => errors.Count == 0 ? Ok : new(false, errors);
}
