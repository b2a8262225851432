namespace Volunteer.Roster.Benchmarks;

/// <summary>What generated rows pick from: names, employers and a skill pool of the size unions report.</summary>
internal static class RowPools
{
    /// <summary>Prefecture-level cities of Guangdong (GB/T 2260), each with a city education union.</summary>
    public static readonly (string Region, string City)[] Cities =
    [
        ("440100", "广州"), ("440200", "韶关"), ("440300", "深圳"), ("440400", "珠海"), ("440500", "汕头"), ("440600", "佛山"),
        ("440700", "江门"), ("440800", "湛江"), ("440900", "茂名"), ("441200", "肇庆"), ("441300", "惠州"), ("441400", "梅州"),
        ("441500", "汕尾"), ("441600", "河源"), ("441700", "阳江"), ("441800", "清远"), ("441900", "东莞"), ("442000", "中山"),
        ("445100", "潮州"), ("445200", "揭阳"), ("445300", "云浮"),
    ];

    public static readonly string[] Skills =
    [
        "语文教学", "数学教学", "英语教学", "物理教学", "化学教学", "生物教学", "历史教学", "地理教学", "音乐教学", "美术教学",
        "体育教学", "信息技术", "心理咨询", "儿科", "内科", "外科", "妇产科", "中医", "口腔", "眼科",
        "护理", "急救", "康复理疗", "公共卫生", "农业技术", "电子商务", "法律咨询", "财务会计", "图书管理", "文艺演出",
    ];

    public static readonly string[] Surnames = ["陈", "李", "张", "黄", "梁", "林", "刘", "吴", "罗", "何", "郑", "谢", "周", "邓", "冯"];

    public static readonly string[] GivenNames = ["志远", "丽华", "建国", "晓敏", "伟强", "秀英", "嘉欣", "国栋", "慧玲", "俊杰", "雅婷", "文斌"];

    public static readonly (string Employer, string Profession)[] Employers =
    [
        ("第六中学", "中学教师"), ("实验小学", "小学教师"), ("人民医院", "主治医师"), ("中医院", "中医师"),
        ("妇幼保健院", "护士"), ("职业技术学院", "讲师"), ("图书馆", "馆员"), ("文化馆", "群文辅导员"),
    ];
}
