declare module 'wink-naive-bayes-text-classifier' {
  type Tokenize = (text: string) => string[]
  type Classifier = {
    definePrepTasks(tasks: Tokenize[]): number
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean
    learn(text: string, label: string): boolean
    consolidate(): boolean
    computeOdds(text: string): [string, number][]
  }
  export default function createClassifier(): Classifier
}
