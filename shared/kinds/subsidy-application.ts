// 补贴/奖励申请 — employment and start-up subsidies (双政办发〔2023〕29号 附件《若干意见》, 双政规〔2018〕1号) and
// company listing rewards (双政规〔2018〕3号). Each scheme has its own end date (执行期至…止 / 逾期不再受理), so the
// one thing every application must carry is which scheme and when it was filed (appliedAt).
import { defineKind } from "./field.ts";

export const subsidyApplication = defineKind({
  kind: "subsidy-application",
  title: { zh: "就业创业补贴及上市挂牌奖励申请", en: "Employment / start-up subsidy or listing reward application" },
  docNos: ["双政办发〔2023〕29号", "双政规〔2018〕1号", "双政规〔2018〕3号"],
  fields: {
    scheme: {
      type: "enum",
      required: true,
      label: { zh: "补贴项目", en: "Scheme" },
      synonyms: ["补贴项目", "补贴类型", "申请项目", "奖励类型", "政策名称"],
      values: {
        // 双政办发〔2023〕29号 附件 (一)
        "guarantee-loan-interest": ["创业担保贷款贴息", "创业担保贷款全额贴息", "全额贴息"],
        // (二)1
        "startup-subsidy": ["一次性创业补贴", "创业补贴", "一次性创业补贴申请"],
        // (二)2
        "startup-job-creation": ["创业带动就业补贴"],
        // (二)3 (and 双政规〔2018〕1号 四(十一))
        "job-search-startup": ["一次性求职创业补贴", "求职创业补贴"],
        // (三)
        incubation: ["创业园区免费孵化", "免费孵化", "创业园区入驻"],
        // (四)
        internship: ["就业见习补贴", "见习补贴"],
        // (五)
        "hiring-subsidy": ["一次性吸纳就业补贴", "吸纳就业补贴", "一次性吸纳就业补贴申请"],
        // (六)
        "job-placement": ["职业介绍补贴"],
        // (九)2 (and 双政规〔2018〕1号 五(十七))
        "skill-upgrade": ["技能提升补贴", "参保职工技能提升补贴"],
        // 双政规〔2018〕1号 三(九)
        "poverty-hire-award": ["吸纳建档立卡贫困家庭劳动力奖补", "吸纳贫困劳动力奖补"],
        // 三、（八） 补贴性职业技能培训 (paid to the training provider)
        "training-subsidy": ["职业培训补贴", "培训补贴", "补贴性职业技能培训补贴"],
        // 三、（九）1
        "living-allowance": ["生活费补贴", "培训生活费补贴", "生活费（含交通费）补贴"],
        // 三、（十）
        "competition-reward": ["职业技能竞赛奖励", "创业竞赛奖励", "竞赛奖励", "以赛促训奖励"],
        // 二、（七）
        "gig-station": ["零工驿站", "零工驿站建设"],
        // 双政规〔2018〕1号 三、（九） 离岗创业
        "leave-for-startup": ["离岗创业", "离岗创业保留人事关系", "专业技术人员离岗创业"],
        // 双政规〔2018〕3号
        "listing-reward": ["企业上市挂牌扶持奖励", "上市挂牌奖励", "上市奖励", "挂牌奖励"],
      },
    },
    appliedAt: {
      type: "date",
      required: true,
      label: { zh: "申请日期", en: "Applied at" },
      synonyms: ["申请日期", "申请时间", "受理日期", "申报日期"],
    },
    amount: {
      type: "money",
      label: { zh: "申请金额", en: "Amount applied for" },
      synonyms: ["申请金额", "补贴金额", "奖励金额"],
    },
    // (二)2 创业带动就业补贴: 在2021年至2023年期间成立 … 吸纳各类人员就业满5人
    foundedAt: {
      type: "date",
      label: { zh: "成立日期", en: "Founded at" },
      synonyms: ["成立日期", "注册日期", "登记日期"],
    },
    hires: {
      type: "number",
      label: { zh: "吸纳就业人数", en: "People hired" },
      synonyms: ["吸纳就业人数", "带动就业人数", "吸纳人数"],
    },
    // (二)2 累计不超过6万元: what the entity has already received of the same subsidy (the cap is cumulative)
    receivedBefore: {
      type: "money",
      label: { zh: "此前已领取的同项补贴", en: "Already received of the same subsidy" },
      synonyms: ["已领取金额", "累计已领取", "已享受补贴金额", "此前已领取"],
    },
    // 一、（二）1 一次性创业补贴: 返乡应届（离校 2年内）高校毕业生 get 1万元
    returningGraduate: {
      type: "boolean",
      label: { zh: "返乡应届高校毕业生", en: "Returning fresh graduate" },
      synonyms: ["返乡应届高校毕业生", "是否返乡高校毕业生", "返乡大学生"],
    },
    graduatedAt: {
      type: "date",
      label: { zh: "离校日期", en: "Left school on" },
      synonyms: ["离校日期", "毕业日期", "毕业时间"],
    },
    // 二、（六） 职业介绍补贴: 按职业介绍成功人数
    placements: {
      type: "number",
      label: { zh: "职业介绍成功人数", en: "People placed" },
      synonyms: ["职业介绍成功人数", "介绍成功人数", "成功就业人数"],
    },
    // 三、（八） 培训补贴: the standard of the class, the advance paid, 急需紧缺职业 (shortageOccupation) +30%
    standardAmount: {
      type: "money",
      label: { zh: "培训补贴标准", en: "Training subsidy standard" },
      synonyms: ["培训补贴标准", "补贴标准"],
    },
    advanceAmount: {
      type: "money",
      label: { zh: "先行拨付金额", en: "Advance paid" },
      synonyms: ["先行拨付金额", "预拨金额", "先拨资金"],
    },
    // 三、（九）1 生活费补贴
    trainingMode: {
      type: "enum",
      label: { zh: "培训方式", en: "Training mode" },
      synonyms: ["培训方式", "培训形式"],
      values: {
        offline: ["线下", "线下培训", "面授", "补贴性线下培训"],
        online: ["线上", "线上培训", "网络培训", "补贴性线上培训"],
      },
    },
    trainingDays: {
      type: "number",
      label: { zh: "培训天数", en: "Training days" },
      synonyms: ["培训天数", "参训天数"],
    },
    trainingHours: {
      type: "number",
      label: { zh: "培训课时", en: "Training hours (课时)" },
      synonyms: ["培训课时", "课时数", "学时"],
    },
    traineeCategory: {
      type: "enum",
      label: { zh: "学员类别", en: "Trainee category" },
      synonyms: ["学员类别", "人员类别", "人员类型"],
      values: {
        "poor-labour": ["贫困劳动力", "建档立卡贫困劳动力"],
        "hard-to-employ": ["就业困难人员"],
        "zero-employment-family": ["零就业家庭成员", "零就业家庭"],
        "rural-two-after": ["“两后生”中的农村学员", "两后生农村学员", "两后生（农村）"],
        "urban-dibao": ["城市低保家庭学员", "城市低保家庭", "低保家庭学员"],
        other: ["其他", "其他人员", "一般学员"],
      },
    },
    // 三、（十） 竞赛奖励
    competitionLevel: {
      type: "enum",
      label: { zh: "竞赛级别", en: "Competition level" },
      synonyms: ["竞赛级别", "赛事级别"],
      values: {
        national: ["国家级", "国家", "全国"],
        provincial: ["省级", "省"],
        city: ["市级", "市"],
      },
    },
    competitionType: {
      type: "enum",
      label: { zh: "竞赛类别", en: "Competition type" },
      synonyms: ["竞赛类别", "竞赛类型", "赛事类型"],
      values: {
        skills: ["职业技能竞赛", "技能竞赛", "技能大赛"],
        startup: ["创业竞赛", "创业大赛", "创新创业大赛"],
      },
    },
    firstClassCompetition: {
      type: "boolean",
      label: { zh: "一类竞赛", en: "Class-I competition" },
      synonyms: ["一类竞赛", "是否一类竞赛", "一类大赛"],
    },
    prize: {
      type: "enum",
      label: { zh: "获奖等次", en: "Prize" },
      synonyms: ["获奖等次", "奖项", "获奖等级"],
      values: {
        first: ["一等奖", "一等", "金奖"],
        second: ["二等奖", "二等", "银奖"],
        third: ["三等奖", "三等", "铜奖"],
        excellence: ["优秀奖", "优胜奖"],
      },
    },
    // 双政规〔2018〕1号 五、（十七）: 企业与培训学员签订 6 个月以上劳动合同
    contractMonths: {
      type: "number",
      label: { zh: "劳动合同期限（月）", en: "Labour contract term (months)" },
      synonyms: ["劳动合同期限", "合同期限（月）", "合同期限"],
    },
    // 双政规〔2018〕1号 三、（九）: 离岗创业期间,可在 5 年内保留人事关系
    leaveFrom: {
      type: "date",
      label: { zh: "离岗创业起始日期", en: "Leave for a start-up from" },
      synonyms: ["离岗日期", "离岗创业起始日期", "离岗起始日期"],
    },
    leaveUntil: {
      type: "date",
      label: { zh: "保留人事关系截止日期", en: "Personnel relation kept until" },
      synonyms: ["保留人事关系截止日期", "离岗截止日期", "离岗创业截止日期"],
    },
    // 双政规〔2018〕3号 第五条: the materials submitted (the list the portal shows)
    materials: {
      type: "list",
      label: { zh: "已提交材料", en: "Materials submitted" },
      synonyms: ["已提交材料", "申请材料", "提交材料", "申报材料"],
    },
    // 双政规〔2018〕3号 第六条（四）: 于申报年度的 5 月和 11 月各汇总一次
    batchAt: {
      type: "date",
      label: { zh: "汇总报送日期", en: "Batch submitted to the city government on" },
      synonyms: ["汇总报送日期", "汇总日期", "报市政府日期"],
    },
    // (一) 创业担保贷款全额贴息: 原个人承担的贷款利息部分由政府承担 — interest still billed to the borrower
    borrowerInterest: {
      type: "money",
      label: { zh: "借款人承担的贷款利息", en: "Loan interest billed to the borrower" },
      synonyms: ["个人承担利息", "借款人承担利息", "个人负担利息"],
    },
    // (三) 创业园区免费孵化: 免费使用办公场所、免缴供热费、免收物业费 — rent/heating/property fees billed to the occupant
    occupantFees: {
      type: "money",
      label: {
        zh: "向入驻创业者收取的房租、供热费、物业费",
        en: "Rent, heating and property fees billed to the occupant",
      },
      synonyms: ["收取费用", "房租物业供热费", "入驻费用"],
    },
    // (四) 就业见习补贴: 留用率达到 50%以上的单位 … 按当地最低工资标准的 100%发放
    retentionPercent: {
      type: "number",
      label: { zh: "见习期满留用率（%）", en: "Interns kept on after the internship (%)" },
      synonyms: ["留用率", "见习留用率"],
    },
    // (五) 一次性吸纳就业补贴: 中小微企业
    employerSize: {
      type: "enum",
      label: { zh: "企业规模", en: "Employer size" },
      synonyms: ["企业规模", "企业类型", "企业划型"],
      values: {
        large: ["大型企业", "大型", "大型企业（大型）"],
        medium: ["中型企业", "中型"],
        small: ["小型企业", "小型"],
        micro: ["微型企业", "微型", "小微企业（微型）"],
      },
    },
    // 技能提升补贴 (双政办发〔2023〕29号 附件 (九)2; 双政规〔2018〕1号 五(十七))
    uiContributionMonths: {
      type: "number",
      label: { zh: "累计缴纳失业保险费月数", en: "Months of unemployment-insurance contributions" },
      synonyms: ["失业保险缴费月数", "累计缴费月数", "参保月数"],
    },
    certificateLevel: {
      type: "enum",
      label: { zh: "证书等级", en: "Certificate level" },
      synonyms: ["证书等级", "技能等级", "职业资格等级"],
      values: {
        junior: ["初级工", "初级", "五级", "五级/初级工", "初级技能"],
        intermediate: ["中级工", "中级", "四级", "四级/中级工", "中级技能"],
        senior: ["高级工", "高级", "三级", "三级/高级工", "高级技能"],
        technician: ["技师", "二级", "二级/技师"],
        "senior-technician": ["高级技师", "一级", "一级/高级技师"],
      },
    },
    certificateAt: {
      type: "date",
      label: { zh: "取得证书日期", en: "Certificate obtained on" },
      synonyms: ["发证日期", "取证日期", "取得证书日期"],
    },
    shortageOccupation: {
      type: "boolean",
      label: { zh: "急需紧缺职业（工种）", en: "Shortage occupation" },
      synonyms: ["急需紧缺职业", "紧缺急需职业", "是否紧缺工种"],
    },
    // 双政规〔2018〕3号 第三、四条
    listingType: {
      type: "enum",
      label: { zh: "上市挂牌类型", en: "Listing type" },
      synonyms: ["上市挂牌类型", "上市类型", "挂牌类型"],
      values: {
        "domestic-ipo": ["境内首发上市", "境内上市", "主板", "中小板", "创业板"],
        "overseas-ipo": ["境外首发上市", "境外上市"],
        neeq: ["新三板", "全国中小企业股份转让系统", "新三板挂牌"],
        regional: ["省内区域性股权市场", "区域性股权市场", "区域股权市场挂牌"],
        refinancing: ["再融资", "配股", "增发", "发行公司债"],
      },
    },
    /** 第三条(一)(二): 上市挂牌主体须在我市辖区内依法进行工商注册和税务登记 */
    registeredLocally: {
      type: "boolean",
      label: { zh: "在本市工商注册和税务登记", en: "Business- and tax-registered in the city" },
      synonyms: ["本市注册", "工商注册和税务登记在本市"],
    },
    /** 第三条(三): 境外上市 — 上市主体及主营业务均在我市范围内 */
    mainBusinessLocal: {
      type: "boolean",
      label: { zh: "主营业务在本市", en: "Main business in the city" },
      synonyms: ["主营业务在本市", "主营业务所在地在本市"],
    },
    /** 第三条(二): 挂牌前须经市金融服务中心辅导、备案 */
    coachingFiledAt: {
      type: "date",
      label: { zh: "辅导备案日期", en: "Coaching / filing with the Financial Service Centre on" },
      synonyms: ["辅导备案日期", "备案日期"],
    },
    listedAt: {
      type: "date",
      label: { zh: "上市挂牌日期", en: "Listed on" },
      synonyms: ["上市日期", "挂牌日期", "上市挂牌日期"],
    },
    /** share of the funds raised invested in the 双鸭山 area, in per cent (第四条: 募集资金50%以上投资在双鸭山地区) */
    localInvestmentPercent: {
      type: "number",
      label: { zh: "募集资金在双鸭山地区投资比例（%）", en: "Share of proceeds invested locally (%)" },
      synonyms: ["本地投资比例", "募集资金投资比例"],
    },
    /** 第七条: 从企业获得最后一笔上市挂牌奖励资金到账之日起计算 */
    rewardPaidAt: {
      type: "date",
      label: { zh: "最后一笔奖励资金到账日期", en: "Last reward payment received on" },
      synonyms: ["奖励资金到账日期", "资金到账日期", "到账日期"],
    },
    /** 第七条: 应在我市连续经营 5 年以上 — the day the company moved away or stopped operating in the city */
    leftCityAt: {
      type: "date",
      label: { zh: "迁出或停止在本市经营日期", en: "Moved away / stopped operating in the city on" },
      synonyms: ["迁出日期", "迁出本市日期", "停止经营日期"],
    },
    /** 第四条(五): 再融资金额 */
    amountRaised: {
      type: "money",
      label: { zh: "募集（再融资）金额", en: "Amount raised" },
      synonyms: ["募集资金", "再融资金额", "融资金额"],
    },
  },
});
