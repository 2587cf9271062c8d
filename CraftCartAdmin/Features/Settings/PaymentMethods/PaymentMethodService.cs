using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Settings.PaymentMethods;

/// <summary>One row of 支払方法設定.</summary>
public sealed record PaymentMethodRow(int Id, string Code, string Name, int Fee, bool IsSystem, int SortOrder, int OrderCount, int DeliveryMethodCount)
{
    /// <summary>The UI offers delete only where the server would allow it (S2).</summary>
    public bool CanDelete => !IsSystem && OrderCount == 0 && DeliveryMethodCount == 0;
}

/// <summary>The add / edit form of a payment method; <see cref="Id"/> null adds one.</summary>
public sealed class PaymentMethodInput
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>手数料 in yen, tax included.</summary>
    public int Fee { get; set; }
}

public enum MoveDirection { Up = -1, Down = 1 }

/// <summary>
/// 基本設定＞支払方法設定 (SPEC S2): list, add, edit, reorder and delete payment methods. The system method
/// スコア後払い is never deleted and keeps its code, because SCORE orders and the storefront depend on it.
/// </summary>
public sealed class PaymentMethodService(IDbContextFactory<CraftCartDbContext> contextFactory, ILogger<PaymentMethodService> logger)
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 100;
    public const int MaxFeeYen = 100_000;
    public const string SystemMethodDeleteRefusal = "スコア後払いはシステムの支払方法のため削除できません。";

    public async Task<IReadOnlyList<PaymentMethodRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.PaymentMethods.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new PaymentMethodRow(p.Id, p.Code, p.Name, p.Fee, p.IsSystem, p.SortOrder,
                db.Orders.Count(o => o.PaymentMethodId == p.Id), p.DeliveryMethods.Count))
            .ToListAsync(ct);
    }

    public async Task<SettingsResult> SaveAsync(PaymentMethodInput input, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        PaymentMethod? method = null;
        if (input.Id is { } id)
        {
            method = await db.PaymentMethods.SingleOrDefaultAsync(p => p.Id == id, ct);
            if (method is null) return SettingsResult.Refused("この支払方法は既に削除されています。");
        }

        var code = input.Code?.Trim() ?? "";
        var name = input.Name?.Trim() ?? "";
        var errors = new List<string>();
        if (name.Length == 0) errors.Add("支払方法名を入力してください。");
        else if (name.Length > MaxNameLength) errors.Add($"支払方法名は{MaxNameLength}文字以内で入力してください。");

        if (method is { IsSystem: true } && code != method.Code)
            errors.Add("スコア後払いはシステムの支払方法のため、コードを変更できません。");
        else if (code.Length == 0) errors.Add("コードを入力してください。");
        else if (!HalfWidth.IsCode(code)) errors.Add("コードは半角英数字（- と _ を含む）で入力してください。");
        else if (code.Length > MaxCodeLength) errors.Add($"コードは{MaxCodeLength}文字以内で入力してください。");
        else if (method is not { IsSystem: true } && code == PaymentMethod.ScoreCode)
            errors.Add($"コード「{PaymentMethod.ScoreCode}」はスコア後払い専用です。スコア後払いは詳細設定＞スコア後払いの登録で追加されます。");
        else if (await db.PaymentMethods.AnyAsync(p => p.Code == code && p.Id != (input.Id ?? 0), ct))
            errors.Add($"コード「{code}」は既に使われています。");

        if (input.Fee is < 0 or > MaxFeeYen) errors.Add($"手数料は0円から{MaxFeeYen:N0}円の範囲で入力してください。");
        if (errors.Count > 0) return SettingsResult.From(errors);

        if (method is null)
        {
            method = new PaymentMethod { SortOrder = (await db.PaymentMethods.MaxAsync(p => (int?)p.SortOrder, ct) ?? 0) + 1 };
            db.PaymentMethods.Add(method);
        }
        method.Code = code;
        method.Name = name;
        method.Fee = input.Fee;
        return await ConcurrentChange.SaveAsync(db, logger, ct);
    }

    /// <summary>Swaps the method with its neighbour in 表示順; at either end nothing changes.</summary>
    public async Task MoveAsync(int id, MoveDirection direction, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var ordered = await db.PaymentMethods.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var index = ordered.FindIndex(p => p.Id == id);
        var target = index + (int)direction;
        if (index < 0 || target < 0 || target >= ordered.Count) return;

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++) ordered[i].SortOrder = i + 1;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes a payment method, refusing the system method スコア後払い (S2) and any method still in use.</summary>
    public async Task<SettingsResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var method = await db.PaymentMethods.Include(p => p.DeliveryMethods).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (method is null) return SettingsResult.Refused("この支払方法は既に削除されています。");
        if (method.IsSystem || method.IsScore) return SettingsResult.Refused(SystemMethodDeleteRefusal);

        var errors = new List<string>();
        var orders = await db.Orders.CountAsync(o => o.PaymentMethodId == id, ct);
        if (orders > 0)
            errors.Add($"「{method.Name}」は{orders:N0}件の受注で使われているため削除できません。");
        if (method.DeliveryMethods.Count > 0)
            errors.Add($"「{method.Name}」は配送方法（{string.Join("、", method.DeliveryMethods.OrderBy(d => d.SortOrder).Select(d => d.Name))}）で利用できる支払方法に指定されているため削除できません。先に配送方法・配送料でチェックを外してください。");
        if (errors.Count > 0) return SettingsResult.From(errors);

        db.PaymentMethods.Remove(method);
        return await ConcurrentChange.SaveAsync(db, logger, ct);
    }
}
