using Microsoft.AspNetCore.Identity;

namespace CraftCartAdmin.Features.Users;

/// <summary>Identity's validation errors in Japanese, by their stable codes; an unknown code keeps Identity's text.</summary>
public static class IdentityErrorsInJapanese
{
    public static string Translate(IdentityError error, PasswordOptions? password = null) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"パスワードは{password?.RequiredLength ?? 6}文字以上にしてください。",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "パスワードには記号を1文字以上含めてください。",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "パスワードには数字（0–9）を1文字以上含めてください。",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "パスワードには英小文字（a–z）を1文字以上含めてください。",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "パスワードには英大文字（A–Z）を1文字以上含めてください。",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "パスワードに使う文字の種類を増やしてください。",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => "このメールアドレスは既に登録されています。",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => "メールアドレスの形式が正しくありません。",
        nameof(IdentityErrorDescriber.UserAlreadyInRole) => "既にこの権限が付与されています。",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "他の人が同時にこのユーザーを更新しました。画面を再読み込みしてください。",
        nameof(IdentityErrorDescriber.InvalidToken) => "操作の有効期限が切れました。もう一度お試しください。",
        _ => error.Description,
    };
}
