using CraftCartAdmin.Data;
using CraftCartAdmin.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CraftCartAdmin.Features.Settings.DeliveryMethods;

/// <summary>One row of 配送方法・配送料.</summary>
public sealed record DeliveryMethodRow(int Id, string Code, string Name, int Fee, int? CarrierCode, string? CarrierName,
    IReadOnlyList<string> PaymentMethodNames, int OrderCount)
{
    public bool CanDelete => OrderCount == 0;
}

/// <summary>A payment method as a checkbox of the delivery method form.</summary>
public sealed record PaymentMethodOption(int Id, string Name, bool IsScore);

/// <summary>The add / edit form of a delivery method; <see cref="Id"/> null adds one.</summary>
public sealed class DeliveryMethodInput
{
    public int? Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>送料 in yen, tax included.</summary>
    public int Fee { get; set; }
    /// <summary>SCORE's carrier code (<see cref="Carriers"/>); null is 「なし」.</summary>
    public int? CarrierCode { get; set; }
    public HashSet<int> PaymentMethodIds { get; set; } = [];
}

/// <summary>
/// 基本設定＞配送方法・配送料 (SPEC S3): delivery methods with their 送料, 運送会社 and accepted payment
/// methods. Accepting スコア後払い without a carrier is refused (<see cref="ScoreCarrierRequirement"/>).
/// </summary>
public sealed class DeliveryMethodService(IDbContextFactory<CraftCartDbContext> contextFactory, ILogger<DeliveryMethodService> logger)
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 100;
    public const int MaxFeeYen = 100_000;

    public async Task<IReadOnlyList<DeliveryMethodRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var methods = await db.DeliveryMethods.AsNoTracking()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new
            {
                d.Id, d.Code, d.Name, d.Fee, d.CarrierCode,
                Payments = d.PaymentMethods.OrderBy(p => p.SortOrder).Select(p => p.Name).ToList(),
                Orders = db.Orders.Count(o => o.DeliveryMethodId == d.Id),
            })
            .ToListAsync(ct);
        return methods.Select(d => new DeliveryMethodRow(d.Id, d.Code, d.Name, d.Fee, d.CarrierCode,
                d.CarrierCode is { } c ? Carriers.Find(c)?.Name : null, d.Payments, d.Orders))
            .ToList();
    }

    public async Task<IReadOnlyList<PaymentMethodOption>> PaymentMethodOptionsAsync(CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.PaymentMethods.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new PaymentMethodOption(p.Id, p.Name, p.Code == PaymentMethod.ScoreCode))
            .ToListAsync(ct);
    }

    /// <summary>The form for an existing method, or null when it no longer exists.</summary>
    public async Task<DeliveryMethodInput?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        return await db.DeliveryMethods.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DeliveryMethodInput
            {
                Id = d.Id, Code = d.Code, Name = d.Name, Fee = d.Fee, CarrierCode = d.CarrierCode,
                PaymentMethodIds = d.PaymentMethods.Select(p => p.Id).ToHashSet(),
            })
            .SingleOrDefaultAsync(ct);
    }

    public async Task<SettingsResult> SaveAsync(DeliveryMethodInput input, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        DeliveryMethod? method = null;
        if (input.Id is { } id)
        {
            method = await db.DeliveryMethods.Include(d => d.PaymentMethods).SingleOrDefaultAsync(d => d.Id == id, ct);
            if (method is null) return SettingsResult.Refused("この配送方法は既に削除されています。");
        }

        var code = input.Code?.Trim() ?? "";
        var name = input.Name?.Trim() ?? "";
        var payments = await db.PaymentMethods.Where(p => input.PaymentMethodIds.Contains(p.Id)).ToListAsync(ct);
        var errors = new List<string>();
        if (name.Length == 0) errors.Add("配送方法名を入力してください。");
        else if (name.Length > MaxNameLength) errors.Add($"配送方法名は{MaxNameLength}文字以内で入力してください。");
        if (code.Length == 0) errors.Add("コードを入力してください。");
        else if (!HalfWidth.IsCode(code)) errors.Add("コードは半角英数字（- と _ を含む）で入力してください。");
        else if (code.Length > MaxCodeLength) errors.Add($"コードは{MaxCodeLength}文字以内で入力してください。");
        else if (await db.DeliveryMethods.AnyAsync(d => d.Code == code && d.Id != (input.Id ?? 0), ct))
            errors.Add($"コード「{code}」は既に使われています。");
        if (input.Fee is < 0 or > MaxFeeYen) errors.Add($"送料は0円から{MaxFeeYen:N0}円の範囲で入力してください。");
        if (input.CarrierCode is { } carrier && Carriers.Find(carrier) is null) errors.Add("運送会社を一覧から選択してください。");
        if (payments.Count != input.PaymentMethodIds.Count) errors.Add("選択された支払方法の一部が見つかりません。画面を再読み込みしてください。");
        if (ScoreCarrierRequirement.IsViolated(payments.Any(p => p.IsScore), input.CarrierCode))
            errors.Add(ScoreCarrierRequirement.Refusal);
        if (errors.Count > 0) return SettingsResult.From(errors);

        if (method is null)
        {
            method = new DeliveryMethod { SortOrder = (await db.DeliveryMethods.MaxAsync(d => (int?)d.SortOrder, ct) ?? 0) + 1 };
            db.DeliveryMethods.Add(method);
        }
        method.Code = code;
        method.Name = name;
        method.Fee = input.Fee;
        method.CarrierCode = input.CarrierCode;
        method.PaymentMethods.RemoveAll(p => !input.PaymentMethodIds.Contains(p.Id));
        method.PaymentMethods.AddRange(payments.Where(p => method.PaymentMethods.All(existing => existing.Id != p.Id)));
        return await ConcurrentChange.SaveAsync(db, logger, ct);
    }

    /// <summary>Deletes a delivery method that no order uses.</summary>
    public async Task<SettingsResult> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(ct);
        var method = await db.DeliveryMethods.Include(d => d.PaymentMethods).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (method is null) return SettingsResult.Refused("この配送方法は既に削除されています。");
        var orders = await db.Orders.CountAsync(o => o.DeliveryMethodId == id, ct);
        if (orders > 0) return SettingsResult.Refused($"「{method.Name}」は{orders:N0}件の受注で使われているため削除できません。");

        db.DeliveryMethods.Remove(method);
        return await ConcurrentChange.SaveAsync(db, logger, ct);
    }
}
