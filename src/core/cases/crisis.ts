/**
 * Words of crisis or danger: self-harm, suicide, violence at home or at
 * work. Deliberately broad: a false alarm costs a hotline message and an
 * urgent flag, a miss costs far more. Chinese and English.
 */
const CRISIS = [
  /自杀|轻生|寻死|不想活|活不下去|活着没意思|想死|去死|了结自己|结束(自己的)?生命|跳楼|跳河|割腕|吃安眠药|喝农药|上吊/,
  /(打|揍|砍|捅|杀)(死)?(我|人|他|她)|家暴|被打|要杀|威胁我|动刀|拿刀/,
  /\b(suicide|kill (myself|me|him|her)|end my life|hurt myself|self[- ]harm|want to die|beat(s|ing)? me|hits? me|violence)\b/i,
]

export function soundsLikeCrisis(text: string): boolean {
  return CRISIS.some((pattern) => pattern.test(text))
}
