namespace CraftCartAdmin.Data.Demo;

/// <summary>The raw material of the demo shop: Japanese names with kana, addresses and craft products.</summary>
internal static class DemoCatalog
{
    public const string ShopName = "手しごと雑貨 こもれび";

    public static readonly (string Kanji, string Kana, string Romaji)[] LastNames =
    [
        ("佐藤", "サトウ", "sato"), ("鈴木", "スズキ", "suzuki"), ("高橋", "タカハシ", "takahashi"),
        ("田中", "タナカ", "tanaka"), ("伊藤", "イトウ", "ito"), ("渡辺", "ワタナベ", "watanabe"),
        ("山本", "ヤマモト", "yamamoto"), ("中村", "ナカムラ", "nakamura"), ("小林", "コバヤシ", "kobayashi"),
        ("加藤", "カトウ", "kato"), ("吉田", "ヨシダ", "yoshida"), ("山田", "ヤマダ", "yamada"),
        ("佐々木", "ササキ", "sasaki"), ("山口", "ヤマグチ", "yamaguchi"), ("松本", "マツモト", "matsumoto"),
        ("井上", "イノウエ", "inoue"), ("木村", "キムラ", "kimura"), ("林", "ハヤシ", "hayashi"),
        ("清水", "シミズ", "shimizu"), ("森", "モリ", "mori"), ("池田", "イケダ", "ikeda"),
        ("橋本", "ハシモト", "hashimoto"), ("石川", "イシカワ", "ishikawa"), ("前田", "マエダ", "maeda"),
    ];

    public static readonly (string Kanji, string Kana, string Romaji)[] FirstNames =
    [
        ("陽菜", "ヒナ", "hina"), ("結衣", "ユイ", "yui"), ("美咲", "ミサキ", "misaki"), ("さくら", "サクラ", "sakura"),
        ("葵", "アオイ", "aoi"), ("花子", "ハナコ", "hanako"), ("恵子", "ケイコ", "keiko"), ("由美", "ユミ", "yumi"),
        ("真由美", "マユミ", "mayumi"), ("智子", "トモコ", "tomoko"), ("直子", "ナオコ", "naoko"), ("翔太", "ショウタ", "shota"),
        ("大輔", "ダイスケ", "daisuke"), ("健太", "ケンタ", "kenta"), ("拓也", "タクヤ", "takuya"), ("誠", "マコト", "makoto"),
        ("浩二", "コウジ", "koji"), ("隆", "タカシ", "takashi"), ("蓮", "レン", "ren"), ("悠真", "ユウマ", "yuma"),
    ];

    public static readonly (string PostalCode, string Prefecture, string City, string Street)[] Addresses =
    [
        ("150-0001", "東京都", "渋谷区", "神宮前1-2-3"),
        ("160-0022", "東京都", "新宿区", "新宿3-14-5"),
        ("180-0004", "東京都", "武蔵野市", "吉祥寺本町2-8-4"),
        ("220-0012", "神奈川県", "横浜市西区", "みなとみらい2-3-1"),
        ("248-0006", "神奈川県", "鎌倉市", "小町2-11-6"),
        ("330-0063", "埼玉県", "さいたま市浦和区", "高砂2-8-10"),
        ("260-0013", "千葉県", "千葉市中央区", "中央4-5-1"),
        ("460-0008", "愛知県", "名古屋市中区", "栄3-4-5"),
        ("530-0001", "大阪府", "大阪市北区", "梅田1-1-3"),
        ("600-8216", "京都府", "京都市下京区", "東塩小路町721"),
        ("650-0021", "兵庫県", "神戸市中央区", "三宮町1-5-10"),
        ("812-0011", "福岡県", "福岡市博多区", "博多駅前2-1-1"),
        ("060-0005", "北海道", "札幌市中央区", "北五条西2-5"),
        ("980-0021", "宮城県", "仙台市青葉区", "中央1-3-1"),
        ("730-0011", "広島県", "広島市中区", "基町6-78"),
        ("900-0015", "沖縄県", "那覇市", "久茂地1-1-1"),
        ("390-0811", "長野県", "松本市", "中央1-10-30"),
        ("920-0981", "石川県", "金沢市", "片町2-2-15"),
    ];

    public static readonly string[] Buildings =
        ["", "", "", "グランメゾン201", "サンハイツ305", "コーポ桜102", "パークサイド青葉704", "メゾン・ド・ソレイユ3F"];

    public static readonly (string Sku, string Name, int Price)[] Products =
    [
        ("SOAP-LV", "手作り石鹸（ラベンダー）", 1200), ("SOAP-YZ", "手作り石鹸（ゆず）", 1200),
        ("CNDL-01", "蜜蝋キャンドル", 1800), ("HNKC-AI", "藍染めハンカチ", 2200),
        ("SPN-YZ", "木製スプーン（山桜）", 2800), ("MUG-01", "陶器のマグカップ", 3600),
        ("BAG-HP", "帆布トートバッグ", 4800), ("KEY-LT", "革のキーケース", 5500),
        ("FKN-SS", "刺し子ふきん", 1100), ("LTR-WS", "和紙のレターセット", 980),
        ("SWG-DF", "ドライフラワースワッグ", 3300), ("MTN-AM", "手編みのミトン", 4200),
        ("EAR-SC", "真鍮のイヤリング", 3900), ("BNT-MW", "曲げわっぱ弁当箱", 8800),
        ("STL-KS", "草木染めストール", 9800),
    ];
}
