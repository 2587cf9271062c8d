using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftCartAdmin.Data;

/// <summary>Stores an instant as UTC ticks; read back with offset zero (convert to JST for display).</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
